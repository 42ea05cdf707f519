// Demo accounts for trying the course on a laptop. Creating them twice
// changes nothing but their passwords, which are reset to the known ones.
import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../../lib/db/client";
import type { Role } from "../../lib/auth/roles";
import { compileTrust } from "../../lib/http/trusted-proxies";

export type DemoAccount = { name: string; email: string; password: string; role: Role; timeZone: string };

// Their passwords are printed in the README and by `npm run setup`: public,
// whatever their length. They are written here, not chosen through a form,
// so the rules for new passwords (lib/auth/password-strength.ts) don't apply
// to them, as to any older password; changing one on the account page must
// meet them (docs/decisions/017-account-recovery-and-settings.md).
// Two learners in different zones, so the demo cohort (scripts/seed/demo-cohort.ts,
// in the facilitator's zone, Europe/Berlin) shows Mei "end of day, Europe/Berlin time".
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    name: "Sam Okafor",
    email: "admin@example.org",
    password: "admin-demo-pass",
    role: "admin",
    timeZone: "Europe/London",
  },
  {
    name: "Priya Raman",
    email: "facilitator@example.org",
    password: "facilitator-demo-pass",
    role: "facilitator",
    timeZone: "Europe/Berlin",
  },
  {
    name: "Leo Martins",
    email: "learner@example.org",
    password: "learner-demo-pass",
    role: "learner",
    timeZone: "Europe/Berlin",
  },
  {
    name: "Mei Chen",
    email: "learner2@example.org",
    password: "learner2-demo-pass",
    role: "learner",
    timeZone: "Asia/Singapore",
  },
];

/** 127.0.0.0/8 and ::1, as TRUSTED_PROXIES reads "loopback" (lib/http/trusted-proxies.ts). */
const isLoopbackAddress = compileTrust("loopback");

/**
 * Whether this instance may get the demo accounts: only when people reach it
 * on this machine. Their passwords are public, so on a site others can reach
 * (APP_URL naming any host but this one) they would be open doors. Returns
 * why not, or null when it may.
 */
export function demoAccountsRefusal(appUrl: string | undefined): string | null {
  if (!appUrl) return null;
  const host = new URL(appUrl).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const local = host === "localhost" || host.endsWith(".localhost") || (isIP(host) !== 0 && isLoopbackAddress(host, 0));
  if (local) return null;
  return (
    `APP_URL is ${new URL(appUrl).origin}, an address other people can reach, so the demo accounts ` +
    "(whose passwords are public) were not created. Make your own account with the sign-up form, then " +
    "give it a role with `npm run user:role`."
  );
}

/** better-auth keeps email+password credentials in an Account row with this provider id. */
export const CREDENTIAL_PROVIDER = "credential";

export async function seedDemoAccounts(db: Db): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const demo of DEMO_ACCOUNTS) {
    const password = await hashPassword(demo.password);
    const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    const userId = existing?.id ?? randomUUID();
    if (existing) {
      await db.user.update({ where: { id: userId }, data: { name: demo.name, role: demo.role, disabledAt: null } });
      updated += 1;
    } else {
      await db.user.create({
        data: {
          id: userId,
          name: demo.name,
          email: demo.email,
          role: demo.role,
          timeZone: demo.timeZone,
          emailVerified: true,
        },
      });
      created += 1;
    }
    const credential = await db.account.findFirst({
      where: { userId, providerId: CREDENTIAL_PROVIDER },
      select: { id: true },
    });
    if (credential) {
      await db.account.update({ where: { id: credential.id }, data: { password } });
    } else {
      await db.account.create({
        data: { id: randomUUID(), userId, accountId: userId, providerId: CREDENTIAL_PROVIDER, password },
      });
    }
  }
  return { created, updated };
}

export function formatDemoAccounts(): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(12)} ${a.email.padEnd(width)}  password: ${a.password}`).join(
    "\n",
  );
}
