// Debian's nginx, run in the foreground by the bench with a config written
// into bench/tmp. Missing nginx is not an error: the figures that need it are
// reported as unavailable (after trying to install it when we are root).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../../tests/e2e/support/app-server";
import { TMP_DIR } from "../paths";
import { nginxConfig, type NginxMode } from "./nginx-config";
import { spawnManaged, waitForHttp, type Managed } from "./process";

export type NginxServer = Managed & { url: string; port: number; configFile: string };

const CANDIDATES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"];

function findNginx(): string | null {
  for (const candidate of CANDIDATES) if (existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  const found = which.stdout.trim();
  return which.status === 0 && found ? found : null;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

let resolved: { binary: string } | { missing: string } | undefined;

/** The nginx binary, installing Debian's package once when we can. */
export function nginxBinary(): { binary: string } | { missing: string } {
  if (resolved) return resolved;
  let binary = findNginx();
  if (!binary && isRoot() && existsSync("/usr/bin/apt-get")) {
    console.log("  nginx not found: installing Debian's nginx package…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "nginx"], { stdio: "inherit", env });
    binary = findNginx();
  }
  resolved = binary
    ? { binary }
    : { missing: "nginx is not installed (Debian/Ubuntu: sudo apt-get install nginx), so only Node figures are shown" };
  return resolved;
}

export function nginxVersion(): string | null {
  const found = nginxBinary();
  if (!("binary" in found)) return null;
  const result = spawnSync(found.binary, ["-v"], { encoding: "utf8" });
  return /nginx\/(\S+)/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? null;
}

export async function startNginx(name: string, mode: NginxMode): Promise<NginxServer> {
  const found = nginxBinary();
  if (!("binary" in found)) throw new Error(found.missing);
  const prefix = path.join(TMP_DIR, `nginx-${name}`);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  const port = await freePort();
  const configFile = path.join(prefix, "nginx.conf");
  // As root, nginx would switch its workers to `nobody`, who cannot write the
  // cache under bench/tmp: keep the user we run as.
  const user = isRoot() ? os.userInfo().username : undefined;
  writeFileSync(configFile, nginxConfig({ prefix, port, mode, user }));
  const test = spawnSync(
    found.binary,
    ["-t", "-q", "-p", `${prefix}/`, "-c", configFile, "-e", `${prefix}/error.log`],
    {
      encoding: "utf8",
    },
  );
  if (test.status !== 0) throw new Error(`nginx rejected ${configFile}: ${test.stderr.trim()}`);
  const { managed, child } = spawnManaged(`nginx ${name}`, found.binary, [
    "-p",
    `${prefix}/`,
    "-c",
    configFile,
    "-e",
    `${prefix}/error.log`,
  ]);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/`, child, managed.output);
  } catch (error) {
    await managed.stop();
    throw error;
  }
  return { ...managed, url, port, configFile };
}
