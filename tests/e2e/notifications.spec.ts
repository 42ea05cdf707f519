// Notifications (issue 12): counted in the header, listed newest first, read
// once opened; a look-back whose day has come (the servers' clock moved on,
// not waited for) shows on the dashboard and in the list and is emailed once,
// however many runs of the reminders job; each kind can be kept out of email.
import { spawn } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";
import { writeAnswer } from "./support/answers";
import { seedCohort } from "./support/cohorts";
import { expect, test } from "./support/fixtures";
import { startMailApp, type MailApp } from "./support/mail-app";
import { signInAs } from "./support/session";

const root = path.resolve(import.meta.dirname, "..", "..");

/** `npm run reminders`, as cron would run it, against this test's database, inbox and clock. */
function runRemindersJob(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "send-reminders.ts")],
      { cwd: root, env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", ...env } },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`reminders exited ${code}:\n${output}`)),
    );
  });
}

const header = (page: Page) => page.getByRole("navigation", { name: "Main" });

test.describe("with email", () => {
  let mail: MailApp;

  test.beforeAll(async ({ database, workerClock }) => {
    mail = await startMailApp(database.url, { TEST_CLOCK_FILE: workerClock.file });
  });

  test.afterAll(async () => {
    await mail?.stop();
  });

  test("a look-back comes due when the clock moves on: on the dashboard, in the notifications, emailed once", async ({
    page,
    newUser,
    db,
    database,
    clock,
  }) => {
    const base = mail.app.url;
    const learner = await newUser("learner", { name: "Mia Okafor" });
    await signInAs(page.context(), base, db, learner);
    await writeAnswer(db, learner.id, "I stopped replying to Sam after the meeting.", new Date("2026-11-02T09:30:00Z"));

    await page.goto(`${base}/journal/prompt/whats-your-part`);
    const answer = page.getByRole("main").getByRole("article").first();
    await answer.getByText("Schedule a look-back").click();
    await answer.getByRole("radio", { name: "In 1 week" }).check();
    await answer.getByRole("button", { name: "Schedule the look-back" }).click();
    await expect(answer.getByRole("status").filter({ hasText: "You’ll look back on" })).toBeVisible();
    const lookBack = await db.lookBack.findFirstOrThrow({ where: { userId: learner.id } });

    const job = {
      DATABASE_URL: database.url,
      SMTP_URL: mail.inbox.url,
      APP_URL: base,
      MAIL_FROM: "It Takes Two <course@example.org>",
      TEST_CLOCK_FILE: clock.file,
    };
    // Not yet its day: the job tells nobody.
    await runRemindersJob(job);
    expect(mail.inbox.to(learner.email)).toHaveLength(0);
    await page.goto(`${base}/dashboard`);
    await expect(page.getByRole("region", { name: "Time to look back" })).toHaveCount(0);

    // Eight days on, two runs at once (cron beside a server): one notification, one email.
    clock.advanceDays(8);
    await Promise.all([runRemindersJob(job), runRemindersJob(job)]);
    const mails = mail.inbox.to(learner.email);
    expect(mails.map((m) => m.subject)).toEqual(["Time to look back: What's your part?"]);
    expect(mails[0]!.text).toContain(`${base}/journal/look-back/${lookBack.id}`);
    expect(await db.notification.count({ where: { userId: learner.id } })).toBe(1);

    await page.goto(`${base}/dashboard`);
    await expect(page.getByRole("region", { name: "Time to look back" })).toBeVisible();
    await header(page)
      .getByRole("link", { name: /^Notifications \(1 unread\)$/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const list = page.getByRole("list", { name: "Your notifications" });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list).toContainText("Look-back");
    await expect(list).toContainText("New");
    await list.getByRole("link", { name: "Time to look back at your answer to “What's your part?”." }).click();

    await expect(page).toHaveURL(`${base}/journal/look-back/${lookBack.id}`);
    await expect(page.getByText("I stopped replying to Sam after the meeting.")).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
    expect((await db.notification.findFirstOrThrow({ where: { userId: learner.id } })).readAt).not.toBeNull();

    // Later runs send nothing more.
    clock.advanceDays(1);
    await runRemindersJob(job);
    expect(mail.inbox.to(learner.email)).toHaveLength(1);
  });

  test("a facilitator's reply is counted, opened from the list, and kept out of email when the learner says so", async ({
    page,
    browser,
    newUser,
    db,
  }) => {
    const base = mail.app.url;
    const priya = await newUser("facilitator", { name: "Priya Raman" });
    const dana = await newUser("learner", { name: "Dana Levi" });
    const cohort = await seedCohort(db, priya, { name: "Support team", learners: [{ user: dana }] });
    await signInAs(page.context(), base, db, dana);

    // Dana wants replies in the app only.
    await page.goto(`${base}/account`);
    const emails = page.getByRole("region", { name: "Emails we send" });
    await expect(emails.getByRole("checkbox", { name: /Replies from a facilitator/ })).toBeChecked();
    await expect(emails.getByRole("checkbox", { name: /Newly shared answers/ })).toHaveCount(0);
    await emails.getByRole("checkbox", { name: /Replies from a facilitator/ }).uncheck();
    await emails.getByRole("button", { name: "Save email choices" }).click();
    await expect(emails.getByRole("status")).toContainText("Your email choices are saved.");
    expect(await db.emailOptOut.findMany({ where: { userId: dana.id }, select: { kind: true } })).toEqual([
      { kind: "reply" },
    ]);

    // Dana shares an answer through the app: Priya is told, in the app and by email.
    const entryId = await writeAnswer(
      db,
      dana.id,
      "I went quiet when Sam asked for help.",
      new Date("2026-11-02T09:30:00Z"),
    );
    const shared = await page.request.put(`${base}/api/reflections/${entryId}/share`, {
      data: { cohortId: cohort.id },
    });
    expect(shared.status()).toBe(200);
    expect(mail.inbox.to(priya.email).map((m) => m.subject)).toEqual(["New answer shared in Support team"]);

    const facilitator = await browser.newContext();
    await signInAs(facilitator, base, db, priya);
    const priyaPage = await facilitator.newPage();
    await priyaPage.goto(`${base}/notifications`);
    await priyaPage
      .getByRole("link", { name: "Dana Levi shared an answer to “What's your part?” in Support team." })
      .click();
    await expect(priyaPage).toHaveURL(`${base}/facilitator/cohorts/${cohort.id}/reflections`);
    const entry = priyaPage.getByRole("main").getByRole("article").first();
    await entry.getByLabel("Your reply to Dana Levi").fill("Thank you for writing this.");
    await entry.getByRole("button", { name: "Send reply" }).click();
    await expect(entry.getByRole("status")).toContainText("Reply sent.");
    await facilitator.close();

    // In Dana's header and list, not in her inbox.
    await page.goto(`${base}/dashboard`);
    await header(page)
      .getByRole("link", { name: /^Notifications \(1 unread\)$/ })
      .click();
    await page.getByRole("link", { name: "Priya Raman replied to your answer to “What's your part?”." }).click();
    await expect(page).toHaveURL(`${base}/journal/prompt/whats-your-part`);
    await expect(page.getByText("Thank you for writing this.")).toBeVisible();
    expect(mail.inbox.to(dana.email)).toHaveLength(0);
    await expect(header(page).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  });
});

test("someone else's notification is neither listed nor opened, and mark all as read touches only one's own", async ({
  page,
  signedInAs,
  newUser,
  db,
}) => {
  const owner = await newUser("learner", { name: "Owner" });
  const facilitator = await newUser("facilitator", { name: "Fay" });
  const cohort = await seedCohort(db, facilitator, { learners: [{ user: owner }] });
  const nudge = await db.nudge.create({ data: { cohortId: cohort.id, toUserId: owner.id, message: "Private nudge" } });
  const note = await db.notification.create({
    data: {
      userId: owner.id,
      kind: "nudge",
      key: `nudge:${nudge.id}`,
      text: "A reminder for the owner only",
      href: "/dashboard",
      nudgeId: nudge.id,
    },
  });

  const intruder = await signedInAs("learner", { name: "Intruder" });
  await db.cohortMember.create({ data: { cohortId: cohort.id, userId: intruder.id } });
  const own = await db.nudge.create({ data: { cohortId: cohort.id, toUserId: intruder.id, message: "Yours" } });
  await db.notification.create({
    data: {
      userId: intruder.id,
      kind: "nudge",
      key: `nudge:${own.id}`,
      text: "A reminder of the intruder's own",
      href: "/dashboard",
      nudgeId: own.id,
    },
  });
  await page.goto("/notifications");
  const list = page.getByRole("list", { name: "Your notifications" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("A reminder of the intruder's own");
  await expect(page.getByRole("main")).not.toContainText("A reminder for the owner only");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status")).toContainText("All marked as read.");
  expect(await db.notification.count({ where: { userId: intruder.id, readAt: null } })).toBe(0);

  await page.goto(`/notifications/${note.id}`);
  await expect(page).toHaveURL(/\/notifications\?gone=1$/);
  await expect(page.getByRole("status")).toContainText("That notification is no longer there.");
  expect((await db.notification.findUniqueOrThrow({ where: { id: note.id } })).readAt).toBeNull();
});
