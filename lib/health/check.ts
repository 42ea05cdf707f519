import "server-only";
// What /api/health says: up or down, and nothing about how the site is built
// (no database product, version or host), since anyone can ask.
import { dbReady } from "../db/client";
import { log } from "../log/logger";

export type Health = { status: "ok" | "unavailable"; database: "ok" | "unreachable" };

const TIMEOUT_MS = 2000;

export async function checkHealth(): Promise<Health> {
  try {
    const client = await dbReady();
    await Promise.race([
      client.$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)),
    ]);
    return { status: "ok", database: "ok" };
  } catch (error) {
    log.warn("health.database_unreachable", { error });
    return { status: "unavailable", database: "unreachable" };
  }
}
