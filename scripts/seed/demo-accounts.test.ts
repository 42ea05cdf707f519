import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { CREDENTIAL_PROVIDER, DEMO_ACCOUNTS, demoAccountsRefusal, seedDemoAccounts } from "./demo-accounts";

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

describe("demoAccountsRefusal", () => {
  it("allows the demo accounts on an instance reached on this machine", () => {
    for (const url of [
      undefined,
      "http://localhost:3000",
      "http://127.0.0.1:3410",
      "http://[::1]:3000",
      "http://course.localhost",
    ]) {
      expect(demoAccountsRefusal(url)).toBeNull();
    }
  });

  it("refuses them where other people can reach the site, and says what to do instead", () => {
    for (const url of ["https://course.example.org", "http://192.168.1.20:3000", "http://localhost.example.org"]) {
      const refusal = demoAccountsRefusal(url);
      expect(refusal).toContain(new URL(url).origin);
      expect(refusal).toContain("npm run user:role");
    }
  });
});
