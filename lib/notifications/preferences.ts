import "server-only";
// Which kinds of notification a person wants by email. Stored as opt-outs,
// so a new kind is emailed until they turn it off; the app lists every kind
// whatever they choose here.
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { kindsFor, type NotificationKind } from "./kinds";

export type EmailChoice = { kind: NotificationKind; emailed: boolean };

export async function emailChoices(user: Pick<SessionUser, "id" | "role">): Promise<EmailChoice[]> {
  const off = await db().emailOptOut.findMany({ where: { userId: user.id }, select: { kind: true } });
  const offKinds = new Set<string>(off.map((row) => row.kind));
  return kindsFor(user.role).map((kind) => ({ kind, emailed: !offKinds.has(kind) }));
}

/** Emails these kinds and no others (of the kinds this person can receive). */
export async function setEmailChoices(
  user: Pick<SessionUser, "id" | "role">,
  emailed: readonly NotificationKind[],
): Promise<EmailChoice[]> {
  const wanted = new Set(emailed);
  const kinds = kindsFor(user.role);
  await db().$transaction([
    db().emailOptOut.deleteMany({ where: { userId: user.id } }),
    db().emailOptOut.createMany({
      data: kinds.filter((kind) => !wanted.has(kind)).map((kind) => ({ userId: user.id, kind })),
    }),
  ]);
  return kinds.map((kind) => ({ kind, emailed: wanted.has(kind) }));
}
