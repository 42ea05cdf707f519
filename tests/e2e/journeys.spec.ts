// PRODUCT.md journeys 3 and 4, end to end through the interface, with a
// facilitator and a learner in separate browsers.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { loadCourse } from "../../lib/course/catalog";
import { expect, test } from "./support/fixtures";
import { signInAs, type TestUser } from "./support/session";

const course = loadCourse();
const moduleTwo = course.modules[1]!;
const DAY_MS = 24 * 60 * 60 * 1000;

function nextFriday(): string {
  const day = new Date(Date.now() + DAY_MS);
  while (day.getUTCDay() !== 5) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function browserFor(browser: Browser, baseURL: string, db: Parameters<typeof signInAs>[2], user: TestUser) {
  const context: BrowserContext = await browser.newContext({ baseURL });
  await signInAs(context, baseURL, db, user);
  const page: Page = await context.newPage();
  return { context, page };
}

test("journey 3: cohort, invite, assignment due Friday, learner completes it, facilitator sees it", async ({
  browser,
  app,
  db,
  newUser,
}) => {
  test.setTimeout(180_000);
  const facilitatorUser = await newUser("facilitator", { name: "Priya Raman" });
  const learnerUser = await newUser("learner", { name: "Leo Martins" });
  const facilitator = await browserFor(browser, app.url, db, facilitatorUser);
  const learner = await browserFor(browser, app.url, db, learnerUser);

  // The facilitator creates a cohort and copies its invite link.
  const f = facilitator.page;
  await f.goto("/facilitator");
  await f.getByLabel("Name", { exact: true }).fill("Customer care, winter");
  await f.getByRole("button", { name: "Create cohort" }).click();
  await expect(f.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
  await expect(f.getByRole("main")).toContainText("Customer care, winter");
  const inviteLink = await f.getByRole("textbox", { name: "Invite link" }).inputValue();
  expect(inviteLink).toMatch(/\/join\/[a-z2-9]{10}$/);

  // The learner opens it and joins.
  const l = learner.page;
  await l.goto(new URL(inviteLink).pathname);
  await l.getByRole("button", { name: "Join Customer care, winter" }).click();
  await expect(l.getByText("You joined Customer care, winter. Welcome!")).toBeVisible();

  // The facilitator assigns module 2, due Friday.
  await f.getByRole("navigation", { name: "This cohort" }).getByRole("link", { name: "Assignments" }).click();
  await f.getByLabel("Module", { exact: true }).selectOption(moduleTwo.slug);
  await f.getByLabel("On a date").check();
  await f.getByLabel("Due date").fill(nextFriday());
  await f.getByRole("button", { name: "Assign module" }).click();
  await expect(f.getByRole("main").getByRole("status").filter({ hasText: "is assigned" })).toContainText("Due Friday");

  // The learner sees it on the dashboard and completes every lesson.
  await l.goto("/dashboard");
  const assignment = l.locator("section[aria-labelledby=assigned]").getByRole("listitem").first();
  await expect(assignment).toContainText(`Module 2: ${moduleTwo.title}`);
  await expect(assignment).toContainText("Customer care, winter · Priya Raman · Due Fri");
  await assignment.getByRole("link", { name: "Start module 2" }).click();
  for (const lesson of moduleTwo.lessons) {
    await expect(l.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    await l.getByRole("button", { name: "Mark as complete" }).click();
    await expect(l.getByText(/^Completed on /)).toBeVisible();
    if (lesson !== moduleTwo.lessons.at(-1)) await l.getByRole("link", { name: /^Next/ }).click();
  }
  await l.goto("/dashboard");
  await expect(assignment).toContainText("Done");

  // The facilitator's progress view (the Overview tab) shows each lesson of it complete.
  await f.getByRole("navigation", { name: "This cohort" }).getByRole("link", { name: "Overview" }).click();
  const row = f
    .getByRole("main")
    .getByRole("region", { name: "Progress by lesson" })
    .getByRole("row")
    .filter({ has: f.getByRole("rowheader", { name: "Leo Martins" }) });
  await expect(row.getByRole("rowheader")).toContainText(
    `${moduleTwo.lessons.length} of ${course.lessons.length} lessons`,
  );
  const first = course.lessons.findIndex((lesson) => lesson.key === moduleTwo.lessons[0]!.key);
  for (const [i] of moduleTwo.lessons.entries()) {
    await expect(row.getByRole("cell").nth(first + i)).toContainText("Complete");
  }

  await facilitator.context.close();
  await learner.context.close();
});

test("journey 4: share one reflection, the facilitator replies, the learner reads it, un-shares it, and it is gone from the facilitator's view", async ({
  browser,
  app,
  db,
  newUser,
}) => {
  test.setTimeout(180_000);
  const facilitatorUser = await newUser("facilitator", { name: "Priya Raman" });
  const learnerUser = await newUser("learner", { name: "Mei Chen" });
  const facilitator = await browserFor(browser, app.url, db, facilitatorUser);
  const learner = await browserFor(browser, app.url, db, learnerUser);
  const f = facilitator.page;
  const l = learner.page;

  await f.goto("/facilitator");
  await f.getByLabel("Name", { exact: true }).fill("Night shift leads");
  await f.getByRole("button", { name: "Create cohort" }).click();
  await expect(f.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
  await expect(f.getByRole("main")).toContainText("Night shift leads");
  const reflectionsHref = (await f.getByRole("link", { name: "Shared reflections" }).getAttribute("href")) ?? "";
  const inviteLink = await f.getByRole("textbox", { name: "Invite link" }).inputValue();
  await l.goto(new URL(inviteLink).pathname);
  await l.getByRole("button", { name: "Join Night shift leads" }).click();
  await expect(l).toHaveURL(/\/dashboard/);

  // The learner writes two answers and shares only one.
  await l.goto("/learn/check-yourself-first/whats-your-part");
  const editor = l.locator('[data-reflection-editor="whats-your-part"]');
  await editor.getByRole("textbox").fill("I kept the schedule change to myself for a week.");
  await expect(editor.getByRole("status")).toContainText("Saved at");
  const other = l.locator('[data-reflection-editor="how-i-contributed"]');
  await other.getByRole("textbox").fill("A private thought I keep to myself.");
  await expect(other.getByRole("status")).toContainText("Saved at");

  await l.goto("/journal/prompt/whats-your-part");
  await l.getByText("Share with Night shift leads…").click();
  await expect(l.getByText("Priya Raman (its facilitator) will be able to read it and reply.")).toBeVisible();
  await l.getByRole("button", { name: "Yes, share with Night shift leads" }).click();
  await expect(l.getByText("You and Priya Raman (facilitator of Night shift leads) can see this.")).toBeVisible();

  // The facilitator reads it (and only it) and replies.
  await f.goto(reflectionsHref);
  const entry = f.getByRole("main").getByRole("article").first();
  await expect(entry).toContainText("I kept the schedule change to myself for a week.");
  await expect(f.getByRole("main")).not.toContainText("A private thought I keep to myself.");
  await entry.getByLabel("Your reply to Mei Chen").fill("Thank you for naming it. What might you say to the team?");
  await entry.getByRole("button", { name: "Send reply" }).click();
  await expect(entry.getByRole("status")).toContainText("Reply sent.");

  // The learner sees the reply, marked new, in the journal.
  await l.goto("/dashboard");
  await expect(l.getByText("1 new reply")).toBeVisible();
  await l.goto("/journal");
  await expect(l.getByText("Thank you for naming it. What might you say to the team?")).toBeVisible();
  await expect(l.getByText("New", { exact: true })).toBeVisible();

  // The learner un-shares it; the facilitator can no longer read it.
  await l.goto("/journal/prompt/whats-your-part");
  await l.getByRole("button", { name: /^Stop sharing/ }).click();
  await expect(l.getByText("No longer shared. Only you can see this answer now.")).toBeVisible();
  await expect(l.getByText("Only you can see this.").first()).toBeVisible();
  await f.reload();
  await expect(f.getByRole("main")).not.toContainText("I kept the schedule change to myself for a week.");
  await expect(f.getByRole("main")).not.toContainText("Thank you for naming it.");

  await facilitator.context.close();
  await learner.context.close();
});
