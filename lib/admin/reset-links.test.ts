// One-time reset links made by an admin, on an instance without email.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { auth } from "../auth/auth";
import { findResetTarget, requestResetEmail, resetPasswordWithToken } from "../auth/password-reset";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { ForbiddenError, NotFoundError, RuleError } from "../errors/errors";
import { makeResetLink, makeResetLinkByEmail } from "./reset-links";

const APP_URL = "http://course.test:4200";
const HOUR = 60 * 60 * 1000;

beforeAll(() => {
  delete process.env.SMTP_URL;
  process.env.APP_URL = APP_URL;
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-0123456789";
});

async function person(role: SessionUser["role"], name: string): Promise<SessionUser & { password: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 6)}@example.org`;
  const password = "an-older-long-password";
  const { user } = await auth().api.signUpEmail({ body: { name, email, password } });
  await db().user.update({ where: { id: user.id }, data: { role } });
  return { id: user.id, name, email, role, password };
}

const tokenOf = (url: string) => new URL(url).searchParams.get("token") ?? "";

describe("a reset link made by an admin", () => {
  it("is refused to everyone but an admin, in the data layer", async () => {
    const leo = await person("learner", "Leo Martins");
    const priya = await person("facilitator", "Priya Raman");
    await expect(makeResetLink(leo, priya.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(makeResetLink(priya, leo.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().verification.count({ where: { value: { in: [leo.id, priya.id] } } })).toBe(0);
  });

  it("works once, for 24 hours, through the same page as an emailed link", async () => {
    const sam = await person("admin", "Sam Okafor");
    const leo = await person("learner", "Leo Martins");
    await auth().api.signInEmail({ body: { email: leo.email, password: leo.password } });

    const made = await makeResetLink(sam, leo.id);
    expect(made).toMatchObject({ name: "Leo Martins", email: leo.email });
    expect(made.url).toMatch(new RegExp(`^${APP_URL}/reset-password\\?token=[A-Za-z0-9_-]{32}$`));
    const token = tokenOf(made.url);
    expect(made.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * HOUR);
    expect(made.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * HOUR);
    // Kept only as a hash: the table can't show the link again.
    const stored = await db().verification.findMany({ where: { value: leo.id }, select: { identifier: true } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await findResetTarget(token, new Date(Date.now() + 23 * HOUR))).toMatchObject({ userId: leo.id });
    expect(await findResetTarget(token, new Date(Date.now() + 24 * HOUR + 1000))).toBeNull();

    expect(await resetPasswordWithToken(token, "velvet kettle orbit harbour")).toMatchObject({ status: "done" });
    expect(await db().session.count({ where: { userId: leo.id } })).toBe(0);
    expect(await resetPasswordWithToken(token, "another good long passphrase")).toEqual({ status: "invalid-link" });
    await expect(
      auth().api.signInEmail({ body: { email: leo.email, password: "velvet kettle orbit harbour" } }),
    ).resolves.toMatchObject({ user: { id: leo.id } });
  });

  it("says so when the account is gone", async () => {
    const sam = await person("admin", "Sam Okafor");
    await expect(makeResetLink(sam, "no-such-user")).rejects.toThrow(
      new NotFoundError("That account no longer exists."),
    );
  });
});

describe("the command line's reset link, by email address", () => {
  it("makes a link for an account, and explains an unknown or malformed address", async () => {
    const mei = await person("learner", "Mei Chen");
    const made = await makeResetLinkByEmail(` ${mei.email.toUpperCase()} `);
    expect(made).toMatchObject({ name: "Mei Chen", email: mei.email });
    await expect(makeResetLinkByEmail("nobody@example.org")).rejects.toThrow(
      new NotFoundError("No account uses nobody@example.org."),
    );
    await expect(makeResetLinkByEmail("not an address")).rejects.toThrow(
      new RuleError("Enter an email address like name@example.org."),
    );
  });
});

describe("forgot password without email", () => {
  it("sends nothing and makes no link, whatever the address", async () => {
    const mei = await person("learner", "Mei Chen");
    expect(await requestResetEmail(mei.email, "203.0.113.5")).toEqual({ status: "no-email" });
    expect(await requestResetEmail("nobody@example.org", "203.0.113.5")).toEqual({ status: "no-email" });
    expect(await db().verification.count({ where: { value: mei.id } })).toBe(0);
  });
});
