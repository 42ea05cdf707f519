import "server-only";
// One-time reset links made by an admin (the admin page) or by whoever runs
// the server (`npm run user:reset-link`), for when a person can't get back in
// by email: no SMTP_URL, or an address they no longer read. The link is shown
// once to whoever made it, works once, for 24 hours, and is never stored in a
// form anyone can read back (lib/auth/password-reset.ts).
import { ADMIN_RESET_LINK_SECONDS } from "../auth/account-links";
import { EmailAddressSchema } from "../auth/account-fields";
import { issueResetLink } from "../auth/password-reset";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { log } from "../log/logger";
import { assertAdmin } from "./accounts";
import { NotFoundError, RuleError } from "../errors/errors";

export type ResetLink = { name: string; email: string; url: string; expiresAt: Date };

async function linkFor(user: { id: string; name: string; email: string }): Promise<ResetLink> {
  const link = await issueResetLink(user.id, ADMIN_RESET_LINK_SECONDS);
  return { name: user.name, email: user.email, ...link };
}

/** From the admin page: checked here, in the data layer, that the actor is an admin. */
export async function makeResetLink(actor: SessionUser, userId: string): Promise<ResetLink> {
  assertAdmin(actor);
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  if (!user) throw new NotFoundError("That account no longer exists.");
  log.info("admin.reset-link", { by: actor.id, for: user.id });
  return linkFor(user);
}

/** From the command line, by the account's email address; RuleError or NotFoundError say what is wrong. */
export async function makeResetLinkByEmail(email: unknown): Promise<ResetLink> {
  const parsed = EmailAddressSchema.safeParse(email);
  if (!parsed.success) throw new RuleError(parsed.error.issues.map((i) => i.message).join(" "));
  const user = await db().user.findUnique({
    where: { email: parsed.data },
    select: { id: true, name: true, email: true },
  });
  if (!user) throw new NotFoundError(`No account uses ${parsed.data}.`);
  return linkFor(user);
}
