// The account page's name, password and email changes, through better-auth
// with a real signed-in session (its cookie in the request headers), and a
// real SMTP server on loopback for the emails.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, startInbox, type Inbox } from "../../tests/setup/smtp-inbox";
import { auth } from "../auth/auth";
import { issueResetLink, findResetTarget } from "../auth/password-reset";
import { passwordProblem } from "../auth/password-strength";
import { ACCOUNT_SETTINGS_LIMITS, tooManyTriesMessage } from "../auth/rate-limit";
import { passwordCheckKey, signInAccountKey } from "../auth/rate-limit-keys";
import { db } from "../db/client";
import { RuleError } from "../errors/errors";
import { confirmEmailChange, readEmailChangeLink, requestEmailChange } from "./email-change";
import { changeMyName, changeMyPassword } from "./profile";

const APP_URL = "http://course.test:4300";
let inbox: Inbox;

beforeAll(async () => {
  inbox = await startInbox();
  process.env.SMTP_URL = inbox.url;
  process.env.APP_URL = APP_URL;
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-0123456789";
});

afterAll(async () => {
  await inbox.close();
});

const PASSWORD = "my-first-long-password";

const wrongPassword = (field: string) =>
  new RuleError("Your current password didn’t match, so nothing was changed.", {
    field,
    fieldMessage: "That isn’t your current password.",
  });

/** A person signed in on a device: the headers that device's requests carry. */
async function signedIn(name = "Noor Haddad") {
  const email = `noor-${randomUUID().slice(0, 8)}@example.org`;
  const { user } = await auth().api.signUpEmail({ body: { name, email, password: PASSWORD } });
  return { id: user.id, name, email, role: "learner" as const, device: await device(email, PASSWORD) };
}

async function device(email: string, password: string): Promise<Headers> {
  const { headers } = await auth().api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = (headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return new Headers({ cookie });
}

const signsIn = (email: string, password: string) =>
  auth()
    .api.signInEmail({ body: { email, password } })
    .then(() => true)
    .catch(() => false);

describe("changing a name", () => {
  it("changes only the signed-in person's", async () => {
    const noor = await signedIn();
    const other = await signedIn("Someone Else");
    await changeMyName("Noor H.", noor.device);
    expect((await db().user.findUniqueOrThrow({ where: { id: noor.id } })).name).toBe("Noor H.");
    expect((await db().user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Someone Else");
  });
});

describe("changing a password", () => {
  it("needs the current one, refuses a weak new one, and signs out every other device", async () => {
    const noor = await signedIn();
    const phone = await device(noor.email, PASSWORD);
    // Sign-up signs in too: three sessions in all (one more below, to check the old password works).
    expect(await db().session.count({ where: { userId: noor.id } })).toBe(3);
    const link = new URL((await issueResetLink(noor.id, 3600)).url).searchParams.get("token")!;

    await expect(
      changeMyPassword(
        noor,
        { currentPassword: "not-my-password-at-all", newPassword: "velvet kettle orbit harbour" },
        noor.device,
      ),
    ).rejects.toThrow(wrongPassword("currentPassword"));
    expect(await db().rateLimit.findUnique({ where: { key: passwordCheckKey(noor.id) } })).toMatchObject({ count: 1 });
    await expect(
      changeMyPassword(noor, { currentPassword: PASSWORD, newPassword: "noor haddad forever" }, noor.device),
    ).rejects.toMatchObject({
      kind: "rule",
      message: "Please choose a different new password. Nothing was changed.",
      field: "newPassword",
      fieldMessage: passwordProblem("noor haddad forever", noor),
    });
    expect(await signsIn(noor.email, PASSWORD)).toBe(true);

    await expect(
      changeMyPassword(noor, { currentPassword: PASSWORD, newPassword: "velvet kettle orbit harbour" }, noor.device),
    ).resolves.toBeUndefined();
    // Only this device goes on, in a fresh session (its cookie set by better-auth).
    expect(await db().session.count({ where: { userId: noor.id } })).toBe(1);
    expect(await signsIn(noor.email, PASSWORD)).toBe(false);
    expect(await signsIn(noor.email, "velvet kettle orbit harbour")).toBe(true);
    // The phone's session is gone; the counter of wrong tries starts again; an old reset link is dead.
    expect(await auth().api.getSession({ headers: phone })).toBeNull();
    expect(await db().rateLimit.count({ where: { key: passwordCheckKey(noor.id) } })).toBe(0);
    expect(await findResetTarget(link)).toBeNull();
    expect((await inbox.next(noor.email, 0)).subject).toBe("Your It Takes Two password changed");
  });

  it("stops trying current passwords after a few wrong ones", async () => {
    const noor = await signedIn();
    const { limit, windowMs } = ACCOUNT_SETTINGS_LIMITS.wrongPasswordPerUser;
    for (let i = 0; i < limit; i += 1) {
      await expect(
        changeMyPassword(
          noor,
          { currentPassword: `wrong-${i}`, newPassword: "velvet kettle orbit harbour" },
          noor.device,
        ),
      ).rejects.toThrow(wrongPassword("currentPassword"));
    }
    // Even the right one is not tried now (for the whole window: "15 minutes").
    const locked = new RuleError(tooManyTriesMessage(windowMs));
    await expect(
      changeMyPassword(noor, { currentPassword: PASSWORD, newPassword: "velvet kettle orbit harbour" }, noor.device),
    ).rejects.toThrow(locked);
    await expect(
      requestEmailChange(noor, { newEmail: "noor.new@example.org", password: PASSWORD }, noor.device),
    ).rejects.toThrow(locked);
    expect(await signsIn(noor.email, PASSWORD)).toBe(true);
  });
});

describe("changing an email address, with email configured", () => {
  it("sends a link to the new address, changes nothing until it is confirmed, then tells the old one", async () => {
    const noor = await signedIn();
    const newEmail = `noor-new-${randomUUID().slice(0, 6)}@example.org`;
    await db().signInGuard.create({
      data: {
        key: signInAccountKey(noor.email),
        accountKey: signInAccountKey(noor.email),
        failures: 4,
        lastFailureAt: new Date(),
        nextAttemptAt: new Date(Date.now() + 60_000),
      },
    });

    await expect(requestEmailChange(noor, { newEmail, password: "wrong-password-here" }, noor.device)).rejects.toThrow(
      wrongPassword("password"),
    );
    await expect(requestEmailChange(noor, { newEmail: noor.email, password: PASSWORD }, noor.device)).rejects.toThrow(
      new RuleError("That’s already the email address of this account.", { field: "newEmail" }),
    );
    expect(await requestEmailChange(noor, { newEmail, password: PASSWORD }, noor.device)).toEqual({
      status: "link-sent",
      newEmail,
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: noor.id } })).email).toBe(noor.email);

    const mail = await inbox.next(newEmail, 0);
    expect(mail.subject).toBe("Confirm your new email address for It Takes Two");
    expect(mail.text).toContain(`You asked to sign in to It Takes Two with ${newEmail}`);
    const token = new URL(linkIn(mail, `${APP_URL}/account/confirm-email?token=`)).searchParams.get("token")!;
    expect(await readEmailChangeLink(token)).toEqual({ userId: noor.id, oldEmail: noor.email, newEmail });

    // Someone else signed in can't confirm it for them.
    const other = await signedIn("Someone Else");
    expect(await confirmEmailChange(token, other, other.device)).toEqual({ status: "someone-else" });

    // Signed out (another device), it works once.
    expect(await confirmEmailChange(token, null, new Headers())).toEqual({ status: "changed", newEmail });
    const after = await db().user.findUniqueOrThrow({ where: { id: noor.id } });
    expect(after).toMatchObject({ email: newEmail, emailVerified: true });
    expect(await db().signInGuard.count({ where: { accountKey: signInAccountKey(noor.email) } })).toBe(0);
    expect(await confirmEmailChange(token, null, new Headers())).toEqual({ status: "invalid-link" });
    expect(await readEmailChangeLink(token)).toBeNull();

    const notice = await inbox.next(noor.email, 0);
    expect(notice.subject).toBe("The email address of your It Takes Two account changed");
    expect(notice.text).toContain(`changed from ${noor.email} to ${newEmail}`);
    expect(await signsIn(newEmail, PASSWORD)).toBe(true);
  });

  it("answers the same for an address that already has an account, and its owner gets a note instead", async () => {
    const noor = await signedIn();
    const taken = await signedIn("Ben Okoro");
    expect(await requestEmailChange(noor, { newEmail: taken.email, password: PASSWORD }, noor.device)).toEqual({
      status: "link-sent",
      newEmail: taken.email,
    });
    const note = await inbox.next(taken.email, 0);
    expect(note.subject).toBe("This address already has an It Takes Two account");
    expect(note.text).toContain(`${APP_URL}/forgot-password`);
    expect(inbox.to(taken.email).some((m) => m.text.includes("/account/confirm-email"))).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: noor.id } })).email).toBe(noor.email);
  });

  it("refuses a made-up or tampered link", async () => {
    for (const token of ["", "not-a-token", "eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImFAYi5jIn0.bad", "x".repeat(3000)]) {
      expect(await readEmailChangeLink(token)).toBeNull();
      expect(await confirmEmailChange(token, null, new Headers())).toEqual({ status: "invalid-link" });
    }
  });
});
