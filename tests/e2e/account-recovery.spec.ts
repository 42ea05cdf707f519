// Getting back into an account, as a person does it: "Forgot your password?"
// with a real email through an SMTP server on loopback, or a one-time link
// from an admin when the site can't send email; weak passwords refused with
// the reason; the limits on sign-ups and reset requests.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { PASSWORD_RESET_LIMITS, SIGN_UP_LIMITS } from "../../lib/auth/rate-limit-rules";
import { linkIn } from "../setup/smtp-inbox";
import { resetTokenFor } from "./support/account-links";
import { expect, expectAccessible, test } from "./support/fixtures";
import { startMailApp, type MailApp } from "./support/mail-app";
import { signInAs } from "./support/session";

const SAME_ANSWER = (email: string) =>
  `If ${email} belongs to an account here, we’ve sent it a link to choose a new password. The link works once, within the next hour.`;

async function signInThroughForm(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function askForLink(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/forgot-password`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(SAME_ANSWER(email.toLowerCase()));
}

test.describe("with email", () => {
  test.describe.configure({ timeout: 120_000 });
  let mail: MailApp;

  test.beforeAll(async ({ database }) => {
    mail = await startMailApp(database.url);
  });

  test.afterAll(async () => {
    await mail?.stop();
  });

  test("a learner who forgot their password gets a link, sets a new one, and finds what they wrote", async ({
    page,
    browser,
    db,
    newUser,
  }) => {
    const base = mail.app.url;
    const leo = await newUser("learner", { name: "Leo Martins" });
    await db.reflection.create({
      data: {
        id: randomUUID(),
        userId: leo.id,
        promptId: "whats-your-part",
        lessonKey: "check-yourself-first/whats-your-part",
        promptText: "What's your part?",
        body: "I stopped inviting Sam to the planning meeting.",
      },
    });
    // Leo is still signed in on another device.
    const other = await browser.newContext({ baseURL: base });
    await signInAs(other, base, db, leo);
    const otherPage = await other.newPage();
    await otherPage.goto("/account");
    await expect(otherPage.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

    await page.goto(`${base}/sign-in`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(`${base}/forgot-password`);
    await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
    await expectAccessible(page);
    await askForLink(page, base, leo.email.toUpperCase());

    const message = await mail.inbox.next(leo.email, 0);
    expect(message.subject).toBe("Choose a new password for It Takes Two");
    expect(message.text).toContain("If it wasn't you, ignore this email: nothing changes");
    const link = linkIn(message, `${base}/reset-password?token=`);

    // Opening the link (as a mail scanner would, too) changes nothing.
    await page.goto(link);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(`For the account ${leo.email}.`);
    await expectAccessible(page);

    // Too weak first: the reason, and how to do better.
    await page.getByLabel("New password", { exact: true }).fill("leomartins-2026-rocks");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Please choose a different password.");
    await expect(page.getByText("Leave your name and email address out of your password")).toBeVisible();

    await page.getByLabel("New password", { exact: true }).fill("paper lanterns float upstream");
    await page.getByRole("button", { name: "Show new password" }).click();
    await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("type", "text");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(
      "Your new password is saved, and you’ve been signed out everywhere",
    );

    // The other device is signed out.
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/);
    await other.close();

    // The link is spent.
    await page.goto(link);
    await expect(page.getByRole("main")).toContainText("This reset link doesn’t work any more.");
    await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();

    // The old password no longer works; the new one does, and the answer is there.
    await signInThroughForm(page, base, leo.email, leo.password);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("don't match an account");
    await signInThroughForm(page, base, leo.email, "paper lanterns float upstream");
    await expect(page.getByRole("link", { name: /Your account \(Leo Martins\)/ })).toBeVisible();
    await page.goto(`${base}/journal`);
    await expect(page.getByText("I stopped inviting Sam to the planning meeting.")).toBeVisible();

    const notice = await mail.inbox.next(leo.email, 1);
    expect(notice.subject).toBe("Your It Takes Two password changed");
  });

  test("an address without an account gets the same answer, and no email", async ({ page, newUser, db }) => {
    const base = mail.app.url;
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    const known = await newUser("learner");
    await askForLink(page, base, unknown);
    await askForLink(page, base, known.email);
    await mail.inbox.next(known.email, 0);
    expect(mail.inbox.to(unknown)).toEqual([]);
    expect(await db.verification.count({ where: { value: known.id } })).toBe(1);
  });

  test("reset emails to one address stop after a few, silently; requests from one network are limited", async ({
    page,
    newUser,
    db,
  }) => {
    const base = mail.app.url;
    const mei = await newUser("learner", { name: "Mei Chen" });
    const { limit } = PASSWORD_RESET_LIMITS.perEmail;
    for (let i = 0; i <= limit; i += 1) await askForLink(page, base, mei.email);
    await mail.inbox.next(mei.email, limit - 1);
    expect(await db.verification.count({ where: { value: mei.id } })).toBe(limit);
    expect(mail.inbox.to(mei.email)).toHaveLength(limit);

    // This network has asked before: its counter, at the limit, refuses the next request.
    await db.rateLimit.updateMany({
      where: { key: { startsWith: "reset-request:ip:" } },
      data: { count: PASSWORD_RESET_LIMITS.perIp.limit },
    });
    await page.getByLabel("Email").fill("someone.else@example.org");
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "Too many reset requests have come from your network. Please wait",
    );
    await expect(page.getByLabel("Email")).toHaveValue("someone.else@example.org");
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "reset-" } } });
  });
});

test.describe("without email", () => {
  test("the page says so, and an admin's one-time link lets the person choose a new password, once", async ({
    page,
    browser,
    app,
    db,
    newUser,
  }) => {
    const noor = await newUser("learner", { name: "Noor Haddad" });
    await page.goto("/forgot-password");
    await expect(page.getByRole("main")).toContainText(
      "This site can’t send email, so it can’t send you a reset link. Ask your course administrator for a one-time reset link instead",
    );
    await expect(page.getByLabel("Email")).toHaveCount(0);

    // The admin makes a link for Noor, and copies it.
    const admin = await newUser("admin", { name: "Sam Okafor" });
    const adminContext = await browser.newContext({ baseURL: app.url });
    await adminContext.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signInAs(adminContext, app.url, db, admin);
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`/admin?q=${encodeURIComponent(noor.email)}`);
    await adminPage.getByRole("button", { name: "Make a password reset link for Noor Haddad" }).click();
    await expect(adminPage.getByText("A one-time link for Noor Haddad to choose a new password.")).toBeVisible();
    await expect(adminPage.getByText("(24 hours)")).toBeVisible();
    const linkBox = adminPage.getByRole("textbox", { name: "Reset link for Noor Haddad" });
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`^${app.url}/reset-password\\?token=[A-Za-z0-9_-]{32}$`));
    await adminPage.getByRole("button", { name: "Copy the reset link for Noor Haddad" }).click();
    await expect(adminPage.getByText("Copied.")).toBeVisible();
    expect(await adminPage.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectAccessible(adminPage);
    // Shown once: the page, opened again, has no link.
    await adminPage.reload();
    await expect(adminPage.getByRole("textbox", { name: "Reset link for Noor Haddad" })).toHaveCount(0);
    expect(await adminPage.content()).not.toContain(new URL(link).searchParams.get("token")!);
    await adminContext.close();

    await page.goto(link);
    await expect(page.getByRole("main")).toContainText(`For the account ${noor.email}.`);
    await page.getByLabel("New password", { exact: true }).fill("aaaaaaaaaaaaaaaaaaaa");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await expect(
      page.getByText("That password would be too easy to guess: it repeats the same characters."),
    ).toBeVisible();
    await page.getByLabel("New password", { exact: true }).fill("copper whistle meadow rain");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Your new password is saved");
    await page.getByRole("link", { name: "Sign in" }).last().click();
    await page.getByLabel("Email").fill(noor.email);
    await page.getByLabel("Password").fill("copper whistle meadow rain");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: /Your account \(Noor Haddad\)/ })).toBeVisible();

    await page.goto(link);
    await expect(page.getByRole("main")).toContainText("This reset link doesn’t work any more.");
  });

  test("a made-up, expired or used link says so and offers a new one", async ({ page, db, newUser }) => {
    const leo = await newUser("learner");
    const expired = await resetTokenFor(db, leo.id, -1000);
    for (const token of ["made-up-token-0123456789", expired, ""]) {
      await page.goto(`/reset-password?token=${token}`);
      await expect(page.getByRole("main")).toContainText("This reset link doesn’t work any more.");
      await expect(page.getByRole("main")).not.toContainText(leo.email);
    }
    await page.getByRole("link", { name: "Ask for a new link" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);

    // A link that was good when the page opened but is spent by the time it is sent.
    const token = await resetTokenFor(db, leo.id);
    await page.goto(`/reset-password?token=${token}`);
    await db.verification.deleteMany({ where: { value: leo.id } });
    await page.getByLabel("New password", { exact: true }).fill("copper whistle meadow rain");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("This reset link doesn’t work any more.");
    await expect(
      page.getByRole("main").getByRole("alert").getByRole("link", { name: "Ask for a new link" }),
    ).toBeVisible();
  });
});

test.describe("sign-up", () => {
  test("refuses a weak password with the reason, and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Rosa Diaz");
    await page.getByLabel("Email").fill("rosa.weak@example.org");
    for (const [password, reason] of [
      ["aaaaaaaaaa", "Use at least 15 characters."],
      ["password12password12", "That password would be too easy to guess"],
      ["rosa.weak@example.org", "Leave your name and email address out of your password"],
      ["rosa diaz is the best", "Leave your name and email address out of your password"],
    ] as const) {
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Create account" }).click();
      // This attempt has been answered: the form is reset, and a password is never sent back.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
      await expect(page.getByText(reason)).toBeVisible();
      await expect(page.getByLabel("Name")).toHaveValue("Rosa Diaz");
    }
    await page.getByLabel("Password").fill("marble orchard sunrise kettle");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("link", { name: /Your account \(Rosa Diaz\)/ })).toBeVisible();
  });

  test("is limited per network address", async ({ page, db }) => {
    // One sign-up from here, then this network's counter is set at the limit.
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("First Person");
    await page.getByLabel("Email").fill(`first-${randomUUID().slice(0, 8)}@example.org`);
    await page.getByLabel("Password").fill("marble orchard sunrise kettle");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("link", { name: /Your account \(First Person\)/ })).toBeVisible();
    await page.context().clearCookies();
    const counters = await db.rateLimit.updateMany({
      where: { key: { startsWith: "sign-up:ip:" } },
      data: { count: SIGN_UP_LIMITS.perIp.limit },
    });
    expect(counters.count).toBeGreaterThan(0);

    const email = `second-${randomUUID().slice(0, 8)}@example.org`;
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Second Person");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("marble orchard sunrise kettle");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "Lots of accounts have been created from your network in the last hour. Please wait",
    );
    expect(await db.user.count({ where: { email } })).toBe(0);
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "sign-up:" } } });
  });
});

test("the password dictionaries stay on the server: no script sent to a browser holds them", () => {
  const root = path.resolve(import.meta.dirname, "..", "..");
  // The start of zxcvbn-ts's common passwords and English words, as shipped (compressed).
  const markers = ["A123456ApasswordA12345678Aqwerty", "AyouAtheBoA'sAitA"];
  const shipped = [
    readFileSync(path.join(root, "node_modules/@zxcvbn-ts/language-common/dist/passwords.json.mjs"), "utf8"),
    readFileSync(path.join(root, "node_modules/@zxcvbn-ts/language-en/dist/commonWords.json.mjs"), "utf8"),
  ].join("");
  for (const marker of markers) expect(shipped, "the markers are real").toContain(marker);

  const statics = path.join(root, process.env.NEXT_DIST_DIR || ".next", "static");
  const files = (readdirSync(statics, { recursive: true }) as string[]).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(path.join(statics, file), "utf8");
    for (const marker of markers) expect(text.includes(marker), `${file} holds a password dictionary`).toBe(false);
  }
});
