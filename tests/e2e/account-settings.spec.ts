// The account page, as a person uses it: their name, their email address
// (confirmed by a real email when the site can send one, at once when it
// can't), their password, and the devices they are signed in on.
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { linkIn } from "../setup/smtp-inbox";
import { expect, expectAccessible, test } from "./support/fixtures";
import { startMailApp, type MailApp } from "./support/mail-app";
import { signInAs, type TestUser } from "./support/session";

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const section = (page: Page, name: string) => page.getByRole("region", { name });

/** Another browser, signed in as `user` (through the sign-in form when it has a user agent to show). */
async function otherDevice(
  browser: Browser,
  base: string,
  db: Parameters<typeof signInAs>[2],
  user: TestUser,
  userAgent?: string,
) {
  const context = await browser.newContext({ baseURL: base, userAgent });
  const page = await context.newPage();
  if (userAgent) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: `Your account (${user.name})` })).toBeVisible();
  } else {
    await signInAs(context, base, db, user);
  }
  return { context, page };
}

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
}

test.describe("the account page", () => {
  test("is laid out in sections a phone can scan, each with its own form", async ({ page, signedInAs }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signedInAs("learner", { name: "Leo Martins" });
    await page.goto("/account");
    const nav = page.getByRole("navigation", { name: "On this page" });
    for (const name of ["Name", "Email address", "Password", "Where you’re signed in", "Time zone", "Your data"]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await nav.getByRole("link", { name: "Password" }).click();
    await expect(page).toHaveURL(/#your-password$/);
    await expect(page.getByRole("heading", { level: 2, name: "Password" })).toBeInViewport();
  });

  test("the goodbye page is not shown to someone whose account still exists", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    await page.goto("/goodbye");
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByText("Your account is deleted")).toHaveCount(0);
  });

  test("changes the person's name", async ({ page, signedInAs, db }) => {
    const noor = await signedInAs("learner", { name: "Noor Haddad" });
    await page.goto("/account");
    const name = section(page, "Name");
    await name.getByLabel("Your name").fill("  ");
    await name.getByRole("button", { name: "Save name" }).click();
    await expect(name.getByText("Enter your name.").last()).toBeVisible();
    await name.getByLabel("Your name").fill("Noor H.");
    await name.getByRole("button", { name: "Save name" }).click();
    await expect(name.getByRole("status")).toHaveText("Saved. “Noor H.” is the name people see from now on.");
    expect((await db.user.findUniqueOrThrow({ where: { id: noor.id } })).name).toBe("Noor H.");
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: "Your account (Noor H.)" })).toBeVisible();
  });

  test("changes the password: the current one is needed, weak ones are refused, other devices are signed out", async ({
    page,
    browser,
    app,
    db,
    signedInAs,
  }) => {
    const leo = await signedInAs("learner", { name: "Leo Martins" });
    const phone = await otherDevice(browser, app.url, db, leo);
    await page.goto("/account");
    const form = section(page, "Password");

    await form.getByLabel("Current password", { exact: true }).fill("not-my-password");
    await form.getByLabel("New password", { exact: true }).fill("velvet kettle orbit harbour");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("alert")).toHaveText("Your current password didn’t match, so nothing was changed.");
    await expect(form.getByText("That isn’t your current password.")).toBeVisible();

    await form.getByLabel("Current password", { exact: true }).fill(leo.password);
    await form.getByLabel("New password", { exact: true }).fill("qwertyuiopasdfgh");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("alert")).toHaveText("Please choose a different new password. Nothing was changed.");
    await expect(form.getByText(/^That password would be too easy to guess: .*Try three or four words/)).toBeVisible();

    await form.getByLabel("Current password", { exact: true }).fill(leo.password);
    await form.getByLabel("New password", { exact: true }).fill("velvet kettle orbit harbour");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Your password is changed. You’re still signed in here; every other device has been signed out.",
    );
    await expectAccessible(page);

    await expectSignedOut(phone.page);
    await phone.context.close();
    // Still signed in here.
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

    // The old password stops working; the new one works.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You’re signed out.")).toBeVisible();
    await page.getByLabel("Email").fill(leo.email);
    await page.getByLabel("Password").fill(leo.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("don't match an account");
    await page.getByLabel("Password").fill("velvet kettle orbit harbour");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: "Your account (Leo Martins)" })).toBeVisible();
  });

  test("changes the email address at once when the site can't send email", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const mei = await signedInAs("learner", { name: "Mei Chen" });
    const someoneElse = await newUser("learner");
    const newEmail = `mei.chen-${randomUUID().slice(0, 6)}@example.org`;
    await page.goto("/account");
    const form = section(page, "Email address");
    await expect(form).toContainText(`You sign in with ${mei.email}.`);
    await expect(form).toContainText("This site can’t send email, so the change happens straight away.");

    await form.getByLabel("New email address").fill(someoneElse.email);
    await form.getByLabel("Your current password", { exact: true }).fill(mei.password);
    await form.getByRole("button", { name: "Change email address" }).click();
    await expect(
      form.getByText("That address already belongs to another account here. Use a different one.").first(),
    ).toBeVisible();

    await form.getByLabel("New email address").fill(newEmail.toUpperCase());
    await form.getByLabel("Your current password", { exact: true }).fill(mei.password);
    await form.getByRole("button", { name: "Change email address" }).click();
    await expect(form.getByRole("status")).toHaveText(`Done. You sign in with ${newEmail} from now on.`);
    await page.reload();
    await expect(section(page, "Email address")).toContainText(`You sign in with ${newEmail}.`);
    expect((await db.user.findUniqueOrThrow({ where: { id: mei.id } })).email).toBe(newEmail);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You’re signed out.")).toBeVisible();
    await page.getByLabel("Email").fill(newEmail);
    await page.getByLabel("Password").fill(mei.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: "Your account (Mei Chen)" })).toBeVisible();
  });

  test("signs out another device, or every other device, and never shows a session's token", async ({
    page,
    browser,
    app,
    db,
    signedInAs,
  }) => {
    const leo = await signedInAs("learner", { name: "Leo Martins" });
    const phone = await otherDevice(browser, app.url, db, leo, IPHONE);
    await page.goto("/account");
    const devices = section(page, "Where you’re signed in");
    const rows = devices.getByRole("listitem");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText("This device");
    await expect(rows.first()).toContainText("Active now");
    await expect(rows.nth(1)).toContainText("Safari on an iPhone");
    await expect(rows.nth(1)).toContainText("Active in the last hour");
    const html = await page.content();
    for (const { token } of await db.session.findMany({ where: { userId: leo.id }, select: { token: true } })) {
      expect(html).not.toContain(token);
    }
    await expectAccessible(page);

    await devices.getByRole("button", { name: /^Sign out Safari on an iPhone/ }).click();
    await expect(devices.getByRole("status").first()).toHaveText(
      "Signed out: Safari on an iPhone. Whoever uses it next will be asked to sign in.",
    );
    await expect(rows).toHaveCount(1);
    await expect(devices).toContainText("You’re not signed in anywhere else.");
    await expectSignedOut(phone.page);
    await phone.context.close();

    const laptop = await otherDevice(browser, app.url, db, leo);
    const tablet = await otherDevice(browser, app.url, db, leo);
    await page.reload();
    await expect(rows).toHaveCount(3);
    await devices.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(devices.getByText("Signed out 2 other devices. Only this device is still signed in.")).toBeVisible();
    await expect(rows).toHaveCount(1);
    for (const other of [laptop, tablet]) {
      await expectSignedOut(other.page);
      await other.context.close();
    }
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  });
});

test.describe("changing the email address, with email", () => {
  test.describe.configure({ timeout: 120_000 });
  let mail: MailApp;

  test.beforeAll(async ({ database }) => {
    mail = await startMailApp(database.url);
  });

  test.afterAll(async () => {
    await mail?.stop();
  });

  test("sends a link to the new address, changes it when opened on any device, and tells the old one", async ({
    page,
    browser,
    db,
    newUser,
  }) => {
    const base = mail.app.url;
    const priya = await newUser("facilitator", { name: "Priya Raman" });
    const taken = await newUser("learner", { name: "Ben Okoro" });
    const context = page.context();
    await signInAs(context, base, db, priya);
    const newEmail = `priya.raman-${randomUUID().slice(0, 6)}@example.org`;

    await page.goto(`${base}/account`);
    const form = section(page, "Email address");
    await expect(form).toContainText("We’ll send a link to the new address. Nothing changes until you open it.");

    // An address that already has an account gets the same answer as a free one.
    for (const address of [taken.email, newEmail]) {
      await form.getByLabel("New email address").fill(address);
      await form.getByLabel("Your current password", { exact: true }).fill(priya.password);
      await form.getByRole("button", { name: "Change email address" }).click();
      await expect(form.getByRole("status")).toHaveText(
        `Check your inbox at ${address}: we’ve sent a link there. Open it within the next hour to finish the change. Until then, you still sign in with ${priya.email}.`,
      );
    }
    const note = await mail.inbox.next(taken.email, 0);
    expect(note.subject).toBe("This address already has an It Takes Two account");
    expect((await db.user.findUniqueOrThrow({ where: { id: priya.id } })).email).toBe(priya.email);

    const message = await mail.inbox.next(newEmail, 0);
    expect(message.subject).toBe("Confirm your new email address for It Takes Two");
    const link = linkIn(message, `${base}/account/confirm-email?token=`);

    // Opened on a phone that isn't signed in: the page asks; only the button changes anything.
    const phone = await browser.newContext();
    const phonePage = await phone.newPage();
    await phonePage.goto(link);
    await phonePage.reload();
    await expect(phonePage.getByRole("main")).toContainText(`Sign in to It Takes Two with ${newEmail} from now on?`);
    expect((await db.user.findUniqueOrThrow({ where: { id: priya.id } })).email).toBe(priya.email);
    await expectAccessible(phonePage);
    await phonePage.getByRole("button", { name: "Yes, use this address" }).click();
    await expect(phonePage.getByRole("heading", { level: 1, name: "Your email address is changed" })).toBeVisible();
    await expect(phonePage.getByRole("main").getByRole("status")).toHaveText(
      "Done. Your account now uses the new address: sign in with it from now on.",
    );
    await expect(phonePage.getByRole("link", { name: "Sign in" }).last()).toBeVisible();
    await phonePage.goto(link);
    await expect(phonePage.getByRole("main")).toContainText("This link doesn’t work any more");
    await phone.close();

    const notice = await mail.inbox.next(priya.email, 0);
    expect(notice.subject).toBe("The email address of your It Takes Two account changed");
    expect(notice.text).toContain(`changed from ${priya.email} to ${newEmail}`);

    await page.goto(`${base}/account`);
    await expect(section(page, "Email address")).toContainText(`You sign in with ${newEmail}.`);
  });
});
