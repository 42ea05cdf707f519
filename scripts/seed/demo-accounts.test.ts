import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { CREDENTIAL_PROVIDER, DEMO_ACCOUNTS, seedDemoAccounts } from "./demo-accounts";

describe("seedDemoAccounts", () => {
  it("creates one account per demo person, idempotently, with working passwords", async () => {
    expect(await seedDemoAccounts(db())).toEqual({ created: 4, updated: 0 });
    // A second run (and a role someone changed by hand) puts things back.
    await db().user.update({ where: { email: "learner@example.org" }, data: { role: "admin" } });
    expect(await seedDemoAccounts(db())).toEqual({ created: 0, updated: 4 });

    expect(await db().user.count()).toBe(4);
    expect(await db().account.count()).toBe(4);
    for (const demo of DEMO_ACCOUNTS) {
      const user = await db().user.findUniqueOrThrow({
        where: { email: demo.email },
        select: {
          role: true,
          timeZone: true,
          accounts: { where: { providerId: CREDENTIAL_PROVIDER }, select: { password: true } },
        },
      });
      expect(user.role).toBe(demo.role);
      expect(user.timeZone).toBe(demo.timeZone);
      expect(demo.password.length).toBeGreaterThanOrEqual(10);
      const hash = user.accounts[0]?.password ?? "";
      expect(await verifyPassword({ hash, password: demo.password })).toBe(true);
    }
  }, 120_000); // scrypt for four accounts, twice, then four checks: slow on a busy two-core machine, never wrong.
});
