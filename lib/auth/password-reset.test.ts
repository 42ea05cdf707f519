// "Forgot your password?" through a real SMTP server on loopback, and the
// reset link it sends: single use, an hour, sessions ended, counters cleared.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, startInbox, type Inbox } from "../../tests/setup/smtp-inbox";
import { db } from "../db/client";
import { auth } from "./auth";
import {
  findResetTarget,
  issueResetLink,
  requestResetEmail,
  RESET_REQUEST_MIN_MS,
  resetPasswordWithToken,
} from "./password-reset";
import { PASSWORD_RESET_LIMITS } from "./rate-limit";
import { resetRequestIpKey, signInAccountKey } from "./rate-limit-keys";

const APP_URL = "http://course.test:4100";
let inbox: Inbox;

beforeAll(async () => {
  inbox = await startInbox();
  // Read once by lib/env.ts on first use, which comes after this.
  process.env.SMTP_URL = inbox.url;
  process.env.APP_URL = APP_URL;
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-0123456789";
});

afterAll(async () => {
  await inbox.close();
});

let counter = 0;
async function person(name = "Rosa Diaz") {
  counter += 1;
  const email = `rosa-${counter}-${randomUUID().slice(0, 6)}@example.org`;
  const password = "old-but-long-password";
  const { user } = await auth().api.signUpEmail({ body: { name, email, password } });
  return { id: user.id, email, name, password };
}

const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";
const signsIn = async (email: string, password: string) =>
  auth()
    .api.signInEmail({ body: { email, password } })
    .then(() => true)
    .catch(() => false);

describe("forgot password, by email", () => {
  it("sends a link to our page that works once and signs the person out everywhere", async () => {
    const rosa = await person();
    await auth().api.signInEmail({ body: { email: rosa.email, password: rosa.password } });
    await db().signInGuard.create({
      data: {
        key: signInAccountKey(rosa.email),
        accountKey: signInAccountKey(rosa.email),
        failures: 4,
        lastFailureAt: new Date(),
        nextAttemptAt: new Date(Date.now() + 60_000),
      },
    });
    expect(await db().session.count({ where: { userId: rosa.id } })).toBe(2);

    expect(await requestResetEmail(rosa.email.toUpperCase(), "203.0.113.1")).toEqual({ status: "accepted" });
    const mail = await inbox.next(rosa.email, 0);
    expect(mail.subject).toBe("Choose a new password for It Takes Two");
    expect(mail.text).toContain("Hello Rosa Diaz,");
    expect(mail.text).toContain("The link works once, for 1 hour.");
    expect(mail.text).toContain("If it wasn't you, ignore this email: nothing changes");
    const link = linkIn(mail, `${APP_URL}/reset-password?token=`);
    const token = tokenOf(link);

    // The table keeps only a hash of the token.
    const rows = await db().verification.findMany({ where: { value: rosa.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.identifier).toMatch(/^reset-password:/);
    expect(rows[0]!.identifier).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    expect(rows[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

    expect(await findResetTarget(token)).toEqual({ userId: rosa.id, email: rosa.email, name: "Rosa Diaz" });
    // A weak password is refused and leaves the link as it was.
    expect(await resetPasswordWithToken(token, "aaaaaaaaaaaaaaaaaaaa")).toMatchObject({ status: "weak" });
    expect(await findResetTarget(token)).not.toBeNull();

    expect(await resetPasswordWithToken(token, "velvet kettle orbit harbour")).toEqual({
      status: "done",
      email: rosa.email,
    });
    expect(await db().session.count({ where: { userId: rosa.id } })).toBe(0);
    expect(await db().signInGuard.count({ where: { accountKey: signInAccountKey(rosa.email) } })).toBe(0);
    expect(await signsIn(rosa.email, rosa.password)).toBe(false);
    expect(await signsIn(rosa.email, "velvet kettle orbit harbour")).toBe(true);

    // Used once, never again.
    expect(await findResetTarget(token)).toBeNull();
    expect(await resetPasswordWithToken(token, "another good long passphrase")).toEqual({ status: "invalid-link" });
    const notice = await inbox.next(rosa.email, 1);
    expect(notice.subject).toBe("Your It Takes Two password changed");
    expect(notice.text).toContain("reset with a one-time link");
  });

  it("answers an unknown address exactly as a known one, taking at least as long, and sends nothing", async () => {
    const known = await person();
    const unknown = `nobody-${randomUUID()}@example.org`;
    for (const email of [known.email, unknown]) {
      const started = Date.now();
      expect(await requestResetEmail(email, "203.0.113.2")).toEqual({ status: "accepted" });
      expect(Date.now() - started).toBeGreaterThanOrEqual(RESET_REQUEST_MIN_MS - 5);
    }
    await inbox.next(known.email, 0);
    expect(inbox.to(unknown)).toEqual([]);
    expect(await db().verification.count({ where: { value: { contains: unknown } } })).toBe(0);
  });

  it("stops sending to one address after a few emails an hour, without saying so", async () => {
    const rosa = await person();
    const limit = PASSWORD_RESET_LIMITS.perEmail.limit;
    for (let i = 0; i < limit + 2; i += 1) {
      expect(await requestResetEmail(rosa.email, `198.51.100.${i}`)).toEqual({ status: "accepted" });
    }
    await inbox.next(rosa.email, limit - 1);
    expect(await db().verification.count({ where: { value: rosa.id } })).toBe(limit);
    expect(inbox.to(rosa.email)).toHaveLength(limit);
  });

  it("limits requests from one network address, and says how long to wait", async () => {
    const address = "192.0.2.77";
    await db().rateLimit.create({
      data: { key: resetRequestIpKey(address), count: PASSWORD_RESET_LIMITS.perIp.limit, windowStart: new Date() },
    });
    const rosa = await person();
    const outcome = await requestResetEmail(rosa.email, address);
    expect(outcome).toMatchObject({ status: "limited" });
    expect(outcome.status === "limited" && outcome.retryAfterMs).toBeGreaterThan(59 * 60 * 1000);
    expect(await db().verification.count({ where: { value: rosa.id } })).toBe(0);
  });

  it("refuses an expired, made-up or garbled link, changing nothing", async () => {
    const rosa = await person();
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const expired = tokenOf((await issueResetLink(rosa.id, 60 * 60, twoHoursAgo)).url);
    for (const token of [expired, "madeUpTokenThatLooksRight1234", "../../etc/passwd", "", "x".repeat(500)]) {
      expect(await findResetTarget(token), token).toBeNull();
      expect(await resetPasswordWithToken(token, "velvet kettle orbit harbour"), token).toEqual({
        status: "invalid-link",
      });
    }
    expect(await signsIn(rosa.email, rosa.password)).toBe(true);
  });

  it("ends a person's other reset links once one of them is used", async () => {
    const rosa = await person();
    const first = tokenOf((await issueResetLink(rosa.id, 60 * 60)).url);
    const second = tokenOf((await issueResetLink(rosa.id, 60 * 60)).url);
    const someoneElse = await person("Ben Okoro");
    const theirs = tokenOf((await issueResetLink(someoneElse.id, 60 * 60)).url);
    expect(await resetPasswordWithToken(second, "velvet kettle orbit harbour")).toMatchObject({ status: "done" });
    expect(await findResetTarget(first)).toBeNull();
    expect(await findResetTarget(theirs)).toMatchObject({ userId: someoneElse.id });
    // The note that the password changed has gone out before the inbox closes.
    expect((await inbox.next(rosa.email, 0)).subject).toBe("Your It Takes Two password changed");
  });
});
