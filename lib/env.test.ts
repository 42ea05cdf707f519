import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to a SQLite file in the data folder", () => {
    const env = parseEnv({});
    expect(env.databaseUrl).toBe(`file:${path.resolve("data", "trust-course.db")}`);
    expect(env.PORT).toBe(3000);
    expect(env.NODE_ENV).toBe("development");
    expect(env.appUrl).toBe("http://localhost:3000");
  });

  it("builds links from APP_URL's origin, and asks for it in production when email is on", () => {
    expect(parseEnv({ APP_URL: "https://course.example.org/", PORT: "8080" }).appUrl).toBe(
      "https://course.example.org",
    );
    expect(parseEnv({ PORT: "8080" }).appUrl).toBe("http://localhost:8080");
    expect(() => parseEnv({ NODE_ENV: "production", SMTP_URL: "smtp://mail.example.org:587" })).toThrow(
      "APP_URL: must be set when SMTP_URL is",
    );
    expect(
      parseEnv({ NODE_ENV: "production", SMTP_URL: "smtp://mail.example.org:587", APP_URL: "https://x.example.org" })
        .appUrl,
    ).toBe("https://x.example.org");
  });

  it("accepts PostgreSQL URLs and treats empty strings as unset", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://app@db.internal:5432/course", AUTH_SECRET: "" });
    expect(env.databaseUrl).toBe("postgresql://app@db.internal:5432/course");
    expect(env.AUTH_SECRET).toBeUndefined();
  });

  it("names every wrong variable in one message", () => {
    let error: unknown;
    try {
      parseEnv({ DATABASE_URL: "mysql://nope", PORT: "eighty", AUTH_SECRET: "short", APP_URL: "not a url" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain("DATABASE_URL: must start with postgres://");
    expect(message).toContain("PORT:");
    expect(message).toContain("AUTH_SECRET: must be at least 32 characters");
    expect(message).toContain("APP_URL:");
  });

  it("keeps metrics off unless METRICS_TOKEN is set, and refuses a short or spaced token by name", () => {
    expect(parseEnv({}).METRICS_TOKEN).toBeUndefined();
    expect(parseEnv({ METRICS_TOKEN: "" }).METRICS_TOKEN).toBeUndefined();
    expect(parseEnv({ METRICS_TOKEN: "0123456789abcdef" }).METRICS_TOKEN).toBe("0123456789abcdef");
    expect(() => parseEnv({ METRICS_TOKEN: "too-short" })).toThrow("METRICS_TOKEN: must be at least 16 characters");
    expect(() => parseEnv({ METRICS_TOKEN: "has a space in the middle" })).toThrow(
      "METRICS_TOKEN: must be letters, digits and punctuation",
    );
  });
});

describe("backup settings", () => {
  it("keep 14 backups in the data folder, with no schedule, unless told otherwise", () => {
    const env = parseEnv({ DATA_DIR: "/srv/course" });
    expect(env.backupDir).toBe(path.resolve("/srv/course", "backups"));
    expect(env.BACKUP_KEEP).toBe(14);
    expect(env.backupEveryMs).toBeNull();
    expect(parseEnv({ BACKUP_EVERY: "off" }).backupEveryMs).toBeNull();
  });

  it("read BACKUP_EVERY in minutes, hours or days", () => {
    expect(parseEnv({ BACKUP_EVERY: "30m" }).backupEveryMs).toBe(30 * 60 * 1000);
    expect(parseEnv({ BACKUP_EVERY: "24h" }).backupEveryMs).toBe(24 * 60 * 60 * 1000);
    expect(parseEnv({ BACKUP_EVERY: "7d", BACKUP_DIR: "/backups", BACKUP_KEEP: "30" })).toMatchObject({
      backupEveryMs: 7 * 24 * 60 * 60 * 1000,
      backupDir: path.resolve("/backups"),
      BACKUP_KEEP: 30,
    });
  });

  it("name what is wrong with a bad value", () => {
    expect(() => parseEnv({ BACKUP_EVERY: "daily" })).toThrow(
      'BACKUP_EVERY: must be a number of minutes, hours or days such as "30m"',
    );
    expect(() => parseEnv({ BACKUP_EVERY: "1m" })).toThrow("BACKUP_EVERY: must be at least 5m");
    expect(() => parseEnv({ BACKUP_KEEP: "0" })).toThrow("BACKUP_KEEP: must be at least 1");
    expect(() => parseEnv({ BACKUP_KEEP: "many" })).toThrow("BACKUP_KEEP: must be a whole number of backups to keep");
  });
});
