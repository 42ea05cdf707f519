// Environment, parsed once with zod. A missing or malformed variable stops the
// app with a message that names it. Documented in README.md ("Configuration").
import path from "node:path";
import { z } from "zod";
import { trustedProxiesProblem } from "./http/trusted-proxies";

const databaseUrl = z
  .string()
  .trim()
  .refine((v) => /^(file:|postgres:\/\/|postgresql:\/\/)/.test(v), {
    message: "must start with postgres://, postgresql:// or file: (or be left unset for the built-in SQLite file)",
  });

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl.optional(),
  DATA_DIR: z.string().trim().min(1).default("data"),
  AUTH_SECRET: z
    .string()
    .min(32, { message: "must be at least 32 characters (try: openssl rand -base64 32)" })
    .optional(),
  APP_URL: z.url({ message: "must be a full URL such as https://course.example.org" }).optional(),
  PORT: z.coerce
    .number({ message: "must be a port number" })
    .int({ message: "must be a whole number" })
    .min(1, { message: "must be between 1 and 65535" })
    .max(65535, { message: "must be between 1 and 65535" })
    .default(3000),
  SMTP_URL: z
    .string()
    .trim()
    .refine((v) => /^smtps?:\/\//.test(v), { message: "must look like smtp://user:password@host:587 or smtps://…" })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).default("It Takes Two <no-reply@localhost>"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // "off" stops each instance's own run of the reminders job (for a cron job
  // running `npm run reminders` instead, and for the browser tests, which run
  // it themselves).
  REMINDERS_JOB: z.enum(["on", "off"], { message: "must be on or off" }).default("on"),
  // The reverse proxies in front of the app whose X-Forwarded-For may be
  // believed (docs/decisions/018-client-address-and-sign-in-limits.md).
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .superRefine((value, context) => {
      const problem = trustedProxiesProblem(value);
      if (problem) context.addIssue({ code: "custom", message: `${problem}; separate entries with commas` });
    })
    .optional(),
  // Turns on /api/metrics for a scraper that sends `Authorization: Bearer <token>`
  // (docs/operations/metrics.md). Unset, the endpoint answers 404.
  METRICS_TOKEN: z
    .string()
    .trim()
    .min(16, {
      message: "must be at least 16 characters (try: openssl rand -hex 32), or left unset to turn metrics off",
    })
    .max(512, { message: "must be at most 512 characters" })
    .regex(/^[\x21-\x7e]+$/, { message: "must be letters, digits and punctuation, without spaces" })
    .optional(),
  // Backups (docs/operations/backups.md). BACKUP_DIR defaults to a `backups`
  // folder inside DATA_DIR; BACKUP_EVERY unset or "off" means no schedule.
  BACKUP_DIR: z.string().trim().min(1).optional(),
  BACKUP_KEEP: z.coerce
    .number({ message: "must be a whole number of backups to keep, such as 14" })
    .int({ message: "must be a whole number of backups to keep, such as 14" })
    .min(1, { message: "must be at least 1 (the newest backup is always kept)" })
    .max(1000, { message: "must be at most 1000" })
    .default(14),
  BACKUP_EVERY: z
    .string()
    .trim()
    .transform((value, context) => {
      const parsed = parseBackupEvery(value);
      if (typeof parsed === "string") {
        context.addIssue({ code: "custom", message: parsed });
        return z.NEVER;
      }
      return parsed;
    })
    .optional(),
});

export const BACKUP_EVERY_MIN_MS = 5 * 60 * 1000;
const BACKUP_EVERY_MAX_MS = 30 * 24 * 60 * 60 * 1000;
const UNIT_MS = { m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 } as const;

/**
 * "24h", "30m", "7d" → milliseconds; "off" → null; anything else → the
 * reason it is not accepted.
 */
export function parseBackupEvery(value: string): number | null | string {
  if (value.toLowerCase() === "off") return null;
  const match = /^(\d+)\s*([mhd])$/i.exec(value);
  const usage = 'must be a number of minutes, hours or days such as "30m", "24h" or "7d", or "off"';
  if (!match) return usage;
  const ms = Number(match[1]) * UNIT_MS[match[2]!.toLowerCase() as keyof typeof UNIT_MS];
  if (ms < BACKUP_EVERY_MIN_MS)
    return "must be at least 5m (a backup every few minutes would crowd out the older ones)";
  if (ms > BACKUP_EVERY_MAX_MS) return "must be at most 30d";
  return ms;
}

export type Env = z.infer<typeof EnvSchema> & {
  databaseUrl: string;
  dataDir: string;
  /**
   * Where people reach this site: APP_URL's origin, or this machine's port on
   * a laptop. Links in emails and reset links are built from it, never from a
   * request's Host header (which whoever sends the request chooses).
   */
  appUrl: string;
  /** Where backups go: BACKUP_DIR, or `backups` inside the data folder. */
  backupDir: string;
  /** Milliseconds between scheduled backups, or null for no schedule. */
  backupEveryMs: number | null;
};

export class EnvError extends Error {
  constructor(issues: string[]) {
    super(`Invalid environment configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment object. Pure: used by the app and by tests. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset, as most shells and .env files mean it.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`));
  }
  const env = result.data;
  if (env.NODE_ENV === "production" && env.SMTP_URL && !env.APP_URL) {
    throw new EnvError(["APP_URL: must be set when SMTP_URL is, so that links in emails lead to this site"]);
  }
  const dataDir = path.resolve(env.DATA_DIR);
  const databaseUrl = env.DATABASE_URL ?? `file:${path.join(dataDir, "trust-course.db")}`;
  const appUrl = env.APP_URL ? new URL(env.APP_URL).origin : `http://localhost:${env.PORT}`;
  // A path the operator chose, read at run time: not traced into the build.
  const backupDir = path.resolve(/* turbopackIgnore: true */ env.BACKUP_DIR ?? path.join(dataDir, "backups"));
  const backupEveryMs = env.BACKUP_EVERY ?? null;
  return { ...env, dataDir, databaseUrl, appUrl, backupDir, backupEveryMs };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
