// Each running instance of the app writes its own InstanceHeartbeat row every
// 30 seconds. `npm run restore` refuses to replace a database on which a row
// is fresh (seen in the last 75 seconds): the same check on SQLite and on
// PostgreSQL, and across machines. A clean stop deletes the row; after a
// crash it goes stale within 75 seconds. Not server-only: restore uses it.
import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Db } from "../db/client";

export const HEARTBEAT_EVERY_MS = 30_000;
/** Two and a half beats: one late beat does not make a running instance look stopped. */
export const HEARTBEAT_FRESH_MS = 75_000;

export type Instance = { id: string; host: string; pid: number; startedAt: Date; seenAt: Date };

export function newInstanceId(): string {
  return `${os.hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
}

/** Writes (or refreshes) this instance's row. */
export async function beat(
  client: Pick<Db, "instanceHeartbeat">,
  instance: { id: string; startedAt: Date },
  now = new Date(),
): Promise<void> {
  await client.instanceHeartbeat.upsert({
    where: { id: instance.id },
    create: { id: instance.id, host: os.hostname(), pid: process.pid, startedAt: instance.startedAt, seenAt: now },
    update: { seenAt: now },
  });
}

/** Instances seen recently on this database; [] when it has no heartbeat table (an older or empty database). */
export async function runningInstances(client: Pick<Db, "instanceHeartbeat">, now = new Date()): Promise<Instance[]> {
  try {
    return await client.instanceHeartbeat.findMany({
      where: { seenAt: { gt: new Date(now.getTime() - HEARTBEAT_FRESH_MS) } },
      orderBy: { seenAt: "desc" },
    });
  } catch {
    return [];
  }
}

/** Beats now and every 30 seconds; the returned function stops and deletes the row. */
export function startHeartbeat(
  client: Pick<Db, "instanceHeartbeat">,
  onError: (error: unknown) => void,
): { id: string; stop(): Promise<void> } {
  const instance = { id: newInstanceId(), startedAt: new Date() };
  const run = () => void beat(client, instance).catch(onError);
  run();
  const timer = setInterval(run, HEARTBEAT_EVERY_MS);
  timer.unref();
  return {
    id: instance.id,
    async stop() {
      clearInterval(timer);
      await client.instanceHeartbeat.deleteMany({ where: { id: instance.id } });
    },
  };
}
