// Running PostgreSQL's own command-line tools (pg_dump, pg_restore, psql) for
// backups and restores. The password travels in PGPASSWORD, never on the
// command line where `ps` would show it. Not server-only: scripts use it.
import { spawn } from "node:child_process";

export type ToolName = "pg_dump" | "pg_restore" | "psql";

export class MissingToolError extends Error {
  constructor(tool: ToolName, serverMajor: number | null) {
    const pkg = serverMajor ? `postgresql-client-${serverMajor}` : "postgresql-client";
    super(
      `${tool} is not installed on this machine, and PostgreSQL backups need it. ` +
        `Install the PostgreSQL client tools of the same major version as your server${serverMajor ? ` (${serverMajor})` : ""} or newer, ` +
        `for example on Debian or Ubuntu: sudo apt-get install ${pkg}. Then run this again.`,
    );
    this.name = "MissingToolError";
  }
}

/** libpq's connection settings for a URL: the URL without its password, and the password apart. */
export function connectionFor(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const env: Record<string, string> = {};
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.href, env };
}

export type ToolResult = { code: number; stdout: string; stderr: string };

/** Runs a PostgreSQL tool against `url`; MissingToolError when it is not installed. */
export function runTool(
  tool: ToolName,
  url: string,
  args: string[],
  options: { serverMajor?: number | null; connect?: boolean } = {},
): Promise<ToolResult> {
  const { dbname, env } = connectionFor(url);
  const fullArgs = options.connect === false ? args : [`--dbname=${dbname}`, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(tool, fullArgs, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "ENOENT" ? new MissingToolError(tool, options.serverMajor ?? null) : error);
    });
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr: stderr.trim() }));
  });
}

/** The server's major version (15 for 15.20), or null when it cannot be read. */
export async function serverMajorVersion(client: {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}): Promise<number | null> {
  try {
    const rows = await client.$queryRawUnsafe<{ server_version_num: string }[]>("SHOW server_version_num");
    const num = Number(rows[0]?.server_version_num);
    return Number.isFinite(num) ? Math.floor(num / 10000) : null;
  } catch {
    return null;
  }
}
