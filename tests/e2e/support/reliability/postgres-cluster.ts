// A private, throwaway PostgreSQL cluster (initdb into a temp folder) that a
// test can stop and start at will to produce a real database outage, without
// touching the shared server on :5432. Needs the PostgreSQL server binaries
// (initdb, pg_ctl); findPostgresBin() says whether they are there.
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../app-server";

export type PrivateCluster = {
  port: number;
  dir: string;
  /** A URL for `database` on this cluster (trust auth, user postgres). */
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  start: () => Promise<void>;
  /** `pg_ctl stop -m fast`: every connection is closed, new ones are refused. */
  stop: () => Promise<void>;
  /** Stops the cluster if it runs and removes its folder; safe to call twice. */
  destroy: () => Promise<void>;
  log: () => string;
};

const BIN_ROOT = "/usr/lib/postgresql";

/** The bin folder of the newest installed PostgreSQL with initdb and pg_ctl, or null. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  if (existsSync(BIN_ROOT)) {
    const versions = readdirSync(BIN_ROOT)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(BIN_ROOT, v, "bin")));
  }
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
function asServerUser(bin: string, args: string[]): [string, string[]] {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
}

function postgresIds(): { uid: number; gid: number } {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (uid === undefined || gid === undefined) throw new Error("Running as root but there is no `postgres` user.");
  return { uid: Number(uid), gid: Number(gid) };
}

export async function createPrivateCluster(bin: string): Promise<PrivateCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "itt-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  if (typeof process.getuid === "function" && process.getuid() === 0) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const pgCtl = path.join(bin, "pg_ctl");
  let running = false;
  let destroyed = false;

  const start = async () => {
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c max_connections=50",
    ].join(" ");
    await run(...asServerUser(pgCtl, ["-D", dataDir, "-l", logFile, "-o", options, "-w", "-t", "60", "start"]), 90_000);
    running = true;
  };
  const stop = async () => {
    if (!running) return;
    await run(...asServerUser(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]), 90_000);
    running = false;
  };
  const destroy = async () => {
    if (destroyed) return;
    try {
      await stop();
    } catch {
      // Last resort: an immediate stop, then the folder goes anyway.
      await run(...asServerUser(pgCtl, ["-D", dataDir, "-m", "immediate", "stop"]), 30_000).catch(() => undefined);
    }
    destroyed = true;
    rmSync(dir, { recursive: true, force: true });
  };
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;

  try {
    await run(
      ...asServerUser(path.join(bin, "initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "-N"]),
      120_000,
    );
    await start();
  } catch (error) {
    await destroy();
    throw error;
  }

  return {
    port,
    dir,
    url,
    start,
    stop,
    destroy,
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-10_000) : ""),
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
  };
}
