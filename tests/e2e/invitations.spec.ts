// Personal invitations (the facilitator's cockpit): a facilitator pastes a
// list of addresses on the cohort's Invitations tab; with email, each person
// gets a link of their own through a real SMTP server on loopback, opens it,
// signs in and joins, once; without email, the links are shown to copy. Bad
// lines are reported one by one while the good ones go; a revoked link lets
// nobody in.
import type { Browser, Page } from "@playwright/test";
import { seedCohort } from "./support/cohorts";
import { expect, expectAccessible, test } from "./support/fixtures";
import { startMailApp, type MailApp } from "./support/mail-app";
import { signInAs } from "./support/session";

const main = (page: Page) => page.getByRole("main");
const invitationsOf = (base: string, cohortId: string) => `${base}/facilitator/cohorts/${cohortId}/invitations`;
const waiting = (page: Page) => main(page).getByRole("list", { name: "Invitations waiting for an answer" });
const accepted = (page: Page) => main(page).getByRole("list", { name: "Accepted invitations" });

async function checkBothSchemes(page: Page) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** A second browser, for the person invited. */
async function otherBrowser(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base });
  return { context, page: await context.newPage() };
}

const unique = (local: string) =>
  `${local}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;

test.describe("with email", () => {
  let mail: MailApp;

  test.beforeAll(async ({ database }) => {
    mail = await startMailApp(database.url);
  });

  test.afterAll(async () => {
    await mail?.stop();
  });

  test("an emailed invitation: the person opens their link, signs in, joins once, and the list says so", async ({
    page,
    browser,
    newUser,
    db,
  }) => {
    const base = mail.app.url;
    const priya = await newUser("facilitator", { name: "Priya Raman" });
    const cohort = await seedCohort(db, priya, { name: "Support team spring" });
    const ana = await newUser("learner", { name: "Ana Flores" });
    const other = unique("ben");
    await signInAs(page.context(), base, db, priya);

    await page.goto(invitationsOf(base, cohort.id));
    await expect(page.getByRole("heading", { level: 2, name: "Invite people by email" })).toBeVisible();
    await expect(main(page)).toContainText("No personal invitations are waiting.");
    await page.getByLabel("Email addresses").fill(`Ana Flores <${ana.email}>\n${other}`);
    await page.getByLabel("The links work for").selectOption("7");
    await page.getByRole("button", { name: "Send invitations" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "2 invitations sent by email." })).toBeVisible();
    await expect(waiting(page).getByRole("listitem")).toHaveCount(2);
    await expect(waiting(page).getByRole("listitem").filter({ hasText: ana.email })).toContainText("Waiting");
    await expect(page.getByLabel("Email addresses")).toHaveValue("");

    const message = await mail.inbox.next(ana.email, 0);
    expect(message.subject).toBe("Priya Raman invites you to join Support team spring");
    expect(message.text).toContain("Priya Raman has invited you to join Support team spring");
    const link = /http\S+\/invite\/[A-Za-z0-9_-]{43}/.exec(message.text)?.[0];
    expect(link, "the email holds a personal link").toBeTruthy();
    const row = await db.invitation.findFirstOrThrow({ where: { cohortId: cohort.id, email: ana.email } });
    expect(row.tokenHash).not.toContain(link!.split("/invite/")[1]);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 86_400_000);

    // The invited person, signed out, opens the link, signs in, comes back and joins.
    const invitee = await otherBrowser(browser, base);
    try {
      const learner = invitee.page;
      await learner.goto(link!);
      await expect(learner.getByRole("heading", { level: 1, name: "Join Support team spring" })).toBeVisible();
      await expect(learner.getByText("Facilitated by Priya Raman.")).toBeVisible();
      await expectAccessible(learner);
      await learner.getByRole("link", { name: "Sign in to join" }).click();
      await learner.getByLabel("Email").fill(ana.email);
      await learner.getByLabel("Password").fill(ana.password);
      await learner.getByRole("button", { name: "Sign in" }).click();
      await expect(learner).toHaveURL(link!);
      await learner.getByRole("button", { name: "Join Support team spring" }).click();
      await expect(learner).toHaveURL(/\/dashboard\?joined=/);
      await expect(learner.getByText("You joined Support team spring. Welcome!")).toBeVisible();
      expect(await db.cohortMember.count({ where: { cohortId: cohort.id, userId: ana.id } })).toBe(1);
      expect(await db.invitation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
        acceptedById: ana.id,
        openKey: null,
      });

      // Used once: the same link again joins nobody.
      await learner.goto(link!);
      await expect(learner.getByRole("heading", { level: 1, name: "This invitation doesn’t work" })).toBeVisible();
      await expect(main(learner).getByRole("alert")).toContainText("already been used");
    } finally {
      await invitee.context.close();
    }

    await page.reload();
    await expect(accepted(page).getByRole("listitem").filter({ hasText: ana.email })).toContainText(
      "Ana Flores joined",
    );
    await expect(waiting(page).getByRole("listitem")).toHaveCount(1);

    // Resend: a new email with a new link.
    const resendRow = waiting(page).getByRole("listitem").filter({ hasText: other });
    await resendRow.getByRole("button", { name: "Resend" }).click();
    await expect(resendRow.getByRole("status").filter({ hasText: `A new invitation went to ${other}` })).toBeVisible();
    const second = await mail.inbox.next(other, 1);
    expect(second.text).toContain("/invite/");
    await checkBothSchemes(page);
  });
});

test.describe("without email", () => {
  test("personal links to copy, shown once; the person joins with theirs", async ({
    page,
    browser,
    app,
    db,
    signedInAs,
    newUser,
  }) => {
    const priya = await signedInAs("facilitator", { name: "Priya Raman" });
    const cohort = await seedCohort(db, priya, { name: "Night shift" });
    const learner = await newUser("learner", { name: "Kofi Mensah" });
    await page.goto(invitationsOf(app.url, cohort.id));
    await expect(main(page)).toContainText("Email isn’t set up on this server");
    await page.getByLabel("Email addresses").fill(learner.email);
    await page.getByRole("button", { name: "Make personal links" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "1 invitation made" })).toBeVisible();
    const field = page.getByRole("textbox", { name: `Link for ${learner.email}` });
    await expect(field).toHaveValue(new RegExp(`^${app.url}/invite/[A-Za-z0-9_-]{43}$`));
    const link = await field.inputValue();
    await checkBothSchemes(page);

    // Shown once: after a reload only the hash is left, and the list offers a new link.
    await page.reload();
    await expect(page.getByRole("textbox", { name: `Link for ${learner.email}` })).toHaveCount(0);
    await expect(waiting(page).getByRole("listitem")).toContainText("Link made");

    const invitee = await otherBrowser(browser, app.url);
    try {
      await signInAs(invitee.context, app.url, db, learner);
      await invitee.page.goto(link);
      await invitee.page.getByRole("button", { name: "Join Night shift" }).click();
      await expect(invitee.page).toHaveURL(/\/dashboard\?joined=/);
      expect(await db.cohortMember.count({ where: { cohortId: cohort.id, userId: learner.id } })).toBe(1);
    } finally {
      await invitee.context.close();
    }
  });

  test("a revoked invitation lets nobody in; New link replaces the old one", async ({
    page,
    browser,
    app,
    db,
    signedInAs,
    newUser,
  }) => {
    const priya = await signedInAs("facilitator", { name: "Priya Raman" });
    const cohort = await seedCohort(db, priya, { name: "Day shift" });
    const [gone, renewed] = [unique("gone"), unique("renewed")];
    await page.goto(invitationsOf(app.url, cohort.id));
    await page.getByLabel("Email addresses").fill(`${gone}; ${renewed}`);
    await page.getByRole("button", { name: "Make personal links" }).click();
    const goneLink = await page.getByRole("textbox", { name: `Link for ${gone}` }).inputValue();
    const oldLink = await page.getByRole("textbox", { name: `Link for ${renewed}` }).inputValue();

    const goneRow = waiting(page).getByRole("listitem").filter({ hasText: gone });
    await goneRow.getByRole("button", { name: "Revoke" }).click();
    await expect(goneRow).toHaveCount(0);
    const renewedRow = waiting(page).getByRole("listitem").filter({ hasText: renewed });
    await renewedRow.getByRole("button", { name: "New link" }).click();
    await expect(renewedRow.getByRole("status").filter({ hasText: "the old one no longer works" })).toBeVisible();
    const newLink = await renewedRow.getByRole("textbox", { name: `Link for ${renewed}` }).inputValue();
    expect(newLink).not.toBe(oldLink);

    const learner = await newUser("learner", { name: "Lee Park" });
    const invitee = await otherBrowser(browser, app.url);
    try {
      await signInAs(invitee.context, app.url, db, learner);
      for (const link of [goneLink, oldLink]) {
        await invitee.page.goto(link);
        await expect(
          invitee.page.getByRole("heading", { level: 1, name: "This invitation doesn’t work" }),
        ).toBeVisible();
        await expect(main(invitee.page).getByRole("alert")).toContainText("isn't valid any more");
        await expect(main(invitee.page)).not.toContainText("Day shift");
      }
      await expectAccessible(invitee.page);
      expect(await db.cohortMember.count({ where: { cohortId: cohort.id } })).toBe(0);
    } finally {
      await invitee.context.close();
    }
  });

  test("bad lines are reported one by one while the good ones go; too long a list makes nothing", async ({
    page,
    app,
    db,
    signedInAs,
    newUser,
  }) => {
    const priya = await signedInAs("facilitator", { name: "Priya Raman" });
    const member = await newUser("learner", { name: "Mo Member" });
    const cohort = await seedCohort(db, priya, { name: "Team Alpha", learners: [{ user: member }] });
    const good = unique("good");
    const another = unique("another");
    await page.goto(invitationsOf(app.url, cohort.id));
    const box = page.getByLabel("Email addresses");
    await box.fill([`Good Person <${good}>`, "not an address", good.toUpperCase(), member.email, another].join("\n"));
    await page.getByRole("button", { name: "Make personal links" }).click();

    const alert = main(page).getByRole("alert");
    await expect(alert).toContainText("2 invitations made");
    await expect(alert).toContainText("3 entries couldn’t be invited");
    await expect(box).toHaveAccessibleDescription(/Line 2 \(not an address\): This isn’t an email address/);
    await expect(box).toHaveAccessibleDescription(/Line 3 \([^)]+\): This address is also on line 1\./);
    await expect(box).toHaveAccessibleDescription(/Line 4 \([^)]+\): This person is already in the cohort\./);
    await expect(box).toHaveAttribute("aria-invalid", "true");
    // The lines to fix stay in the box; those that went are out of it.
    await expect(box).toHaveValue(["not an address", good.toUpperCase(), member.email].join("\n"));
    await expect(page.getByRole("textbox", { name: `Link for ${good}` })).toBeVisible();
    await expect(page.getByRole("textbox", { name: `Link for ${another}` })).toBeVisible();
    expect(
      (await db.invitation.findMany({ where: { cohortId: cohort.id }, select: { email: true } }))
        .map((i) => i.email)
        .sort(),
    ).toEqual([another, good].sort());

    // The same again: now the good one is already invited, and says to use Resend.
    await box.fill(good);
    await page.getByRole("button", { name: "Make personal links" }).click();
    await expect(box).toHaveAccessibleDescription(/Line 1 \([^)]+\): Already invited: use Resend/);
    await checkBothSchemes(page);

    // Over the limit: a form error, and nothing made.
    await box.fill(Array.from({ length: 1001 }, (_, i) => `p${i}@example.org`).join("\n"));
    await page.getByRole("button", { name: "Make personal links" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Please check the highlighted fields.");
    await expect(box).toHaveAccessibleDescription(/Paste at most 1,000 addresses at a time/);
    expect(await db.invitation.count({ where: { cohortId: cohort.id } })).toBe(2);
  });
});
