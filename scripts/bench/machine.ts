// What the figures were measured on: they only mean something next to it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { ROOT } from "./paths";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  date: string;
  commit: string;
  nginx: string | null;
  postgres: string | null;
};

function git(args: string[]): string {
  const result = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : "";
}

function distribution(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? "";
  } catch {
    return "";
  }
}

export function describeMachine(versions: { nginx: string | null; postgres: string | null }): Machine {
  const cpus = os.cpus();
  const commit = git(["rev-parse", "--short=12", "HEAD"]) || "unknown";
  // Others work in the same checkout: say when the figures include uncommitted code.
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]) !== "";
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: [distribution(), `${os.type()} ${os.release()}`, os.arch()].filter(Boolean).join(", "),
    date: new Date().toISOString(),
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
    nginx: versions.nginx,
    postgres: versions.postgres,
  };
}
