// The secret that signs session cookies. In production it must come from
// AUTH_SECRET; for a laptop we make one on first run and keep it in the data
// folder (never in the repository), so sessions survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "../env";

export const LOCAL_SECRET_FILE = "auth-secret";

export class MissingSecretError extends Error {
  constructor() {
    super(
      "AUTH_SECRET is not set. In production the app refuses to start without it: set AUTH_SECRET to a random string of at least 32 characters (for example the output of `openssl rand -base64 32`).",
    );
    this.name = "MissingSecretError";
  }
}

/** Reads or creates the local development secret in the data folder. */
export function localSecret(dataDir: string): string {
  const file = path.join(dataDir, LOCAL_SECRET_FILE);
  if (existsSync(file)) {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function resolveSecret(env: Env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new MissingSecretError();
  return localSecret(env.dataDir);
}
