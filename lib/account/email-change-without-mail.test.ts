// Moving an account to another address on an instance that can't send email:
// there is no way to confirm, so it happens at once.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { auth } from "../auth/auth";
import { signInAccountKey } from "../auth/rate-limit-keys";
import { db } from "../db/client";
import { RuleError } from "../errors/errors";
import { requestEmailChange } from "./email-change";

beforeAll(() => {
  delete process.env.SMTP_URL;
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-0123456789";
});

const PASSWORD = "my-first-long-password";

async function signedIn(name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 6)}@example.org`;
  const { user } = await auth().api.signUpEmail({ body: { name, email, password: PASSWORD } });
  const { headers } = await auth().api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  const device = new Headers({ cookie: (headers.get("set-cookie") ?? "").split(";")[0] ?? "" });
  return { id: user.id, name, email, device };
}

describe("changing an email address without email", () => {
  it("changes it at once after the password, and says plainly when the address is taken", async () => {
    const noor = await signedIn("Noor Haddad");
    const ben = await signedIn("Ben Okoro");
    await db().signInGuard.create({
      data: {
        key: signInAccountKey(noor.email),
        accountKey: signInAccountKey(noor.email),
        failures: 4,
        lastFailureAt: new Date(),
        nextAttemptAt: new Date(Date.now() + 60_000),
      },
    });

    await expect(requestEmailChange(noor, { newEmail: ben.email, password: PASSWORD }, noor.device)).rejects.toThrow(
      new RuleError("That address already belongs to another account here. Use a different one.", {
        field: "newEmail",
      }),
    );
    await expect(
      requestEmailChange(noor, { newEmail: "noor.h@example.org", password: "wrong-one-here" }, noor.device),
    ).rejects.toThrow(
      new RuleError("Your current password didn’t match, so nothing was changed.", {
        field: "password",
        fieldMessage: "That isn’t your current password.",
      }),
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: noor.id } })).email).toBe(noor.email);

    expect(await requestEmailChange(noor, { newEmail: "noor.h@example.org", password: PASSWORD }, noor.device)).toEqual(
      {
        status: "changed",
        newEmail: "noor.h@example.org",
      },
    );
    // Not confirmed by anyone, so not marked verified; the old address's counters name no one now.
    expect(await db().user.findUniqueOrThrow({ where: { id: noor.id } })).toMatchObject({
      email: "noor.h@example.org",
      emailVerified: false,
    });
    expect(await db().signInGuard.count({ where: { accountKey: signInAccountKey(noor.email) } })).toBe(0);
    expect((await db().user.findUniqueOrThrow({ where: { id: ben.id } })).email).toBe(ben.email);
    await expect(
      auth().api.signInEmail({ body: { email: "noor.h@example.org", password: PASSWORD } }),
    ).resolves.toMatchObject({ user: { id: noor.id } });
  });
});
