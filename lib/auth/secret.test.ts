import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { LOCAL_SECRET_FILE, MissingSecretError, resolveSecret } from "./secret";

describe("resolveSecret", () => {
  it("refuses to run in production without AUTH_SECRET", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "secret-"));
    expect(() => resolveSecret(parseEnv({ NODE_ENV: "production", DATA_DIR: dataDir }))).toThrow(MissingSecretError);
  });

  it("makes a local secret once and keeps it in the data folder", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "secret-"));
    const env = parseEnv({ NODE_ENV: "development", DATA_DIR: dataDir });
    const first = resolveSecret(env);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveSecret(env)).toBe(first);
    expect(readFileSync(path.join(dataDir, LOCAL_SECRET_FILE), "utf8").trim()).toBe(first);
  });

  it("uses AUTH_SECRET when it is set", () => {
    const secret = "x".repeat(40);
    expect(resolveSecret(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret }))).toBe(secret);
  });
});
