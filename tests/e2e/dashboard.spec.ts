import { randomUUID } from "node:crypto";
import { loadCourse } from "../../lib/course/catalog";
import { expect, expectAccessible, test } from "./support/fixtures";
import { seedCohort } from "./support/cohorts";

const course = loadCourse();
const moduleTwo = course.modules[1]!;
const DAY = 24 * 60 * 60 * 1000;
/** The calendar day (UTC, the seeded cohort's zone) of a moment, as stored. */
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test.describe("joining a cohort", () => {
  test("a newcomer opens the invite link, creates an account and joins", async ({ page, newUser, db }) => {
    const facilitator = await newUser("facilitator", { name: "Priya Raman" });
    const cohort = await seedCohort(db, facilitator, { name: "Support team spring" });
    await page.goto(`/join/${cohort.inviteCode}`);
    await expect(page.getByRole("heading", { name: "Join Support team spring" })).toBeVisible();
    await expect(page.getByText("Facilitated by Priya Raman.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Create an account to join" }).click();
    await page.getByLabel("Name").fill("Amaya Flores");
    await page.getByLabel("Email").fill("amaya.flores@example.org");
    await page.getByLabel("Password").fill("a-very-good-passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(new RegExp(`/join/${cohort.inviteCode}$`));
    await page.getByRole("button", { name: "Join Support team spring" }).click();

    await expect(page).toHaveURL(/\/dashboard\?joined=/);
    await expect(page.getByText("You joined Support team spring. Welcome!")).toBeVisible();
    const user = await db.user.findUniqueOrThrow({ where: { email: "amaya.flores@example.org" } });
    expect(await db.cohortMember.count({ where: { cohortId: cohort.id, userId: user.id } })).toBe(1);
  });

  test("an old or wrong code gets a clear message", async ({ page, signedInAs, newUser, db }) => {
    await signedInAs("learner");
    const facilitator = await newUser("facilitator");
    const cohort = await seedCohort(db, facilitator);
    await db.cohort.update({ where: { id: cohort.id }, data: { inviteCode: null } });
    for (const code of [cohort.inviteCode, "wrongcode2", "%F0%9F%98%80"]) {
      await page.goto(`/join/${code}`);
      await expect(page.getByRole("heading", { name: "This invite link doesn’t work" })).toBeVisible();
      await expect(page.getByRole("main").getByRole("alert")).toContainText("isn't valid any more");
    }
  });
});

test.describe("the learner dashboard", () => {
  test("lists assignments soonest first with status, due date, cohort and facilitator, and a nudge", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const learner = await signedInAs("learner", { name: "Leo Martins" });
    const facilitator = await newUser("facilitator", { name: "Priya Raman" });
    const cohort = await seedCohort(db, facilitator, {
      learners: [{ user: learner, joinedAt: new Date(Date.now() - 10 * DAY) }],
    });
    await db.assignment.create({ data: { cohortId: cohort.id, moduleSlug: "trust-is-fragile", dueDaysAfterJoin: 3 } });
    await db.assignment.create({
      data: { cohortId: cohort.id, moduleSlug: moduleTwo.slug, dueDate: utcDay(Date.now() + 2 * DAY) },
    });
    await db.assignment.create({
      data: { cohortId: cohort.id, moduleSlug: "your-turn", dueDate: utcDay(Date.now() + 30 * DAY) },
    });
    await db.lessonProgress.create({
      data: {
        userId: learner.id,
        lessonKey: moduleTwo.lessons[0]!.key,
        completedAt: new Date(),
        lastVisitedAt: new Date(),
      },
    });
    await db.nudge.create({
      data: {
        cohortId: cohort.id,
        fromUserId: facilitator.id,
        toUserId: learner.id,
        message: "Module 1 is waiting for you!",
      },
    });

    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Hello, Leo Martins" })).toBeVisible();
    const items = page
      .getByRole("region", { name: "Assigned to you" })
      .or(page.locator("section[aria-labelledby=assigned]"))
      .getByRole("listitem");
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText("Module 1: Trust is fragile");
    await expect(items.nth(0)).toContainText("Overdue");
    await expect(items.nth(1)).toContainText(`Module 2: ${moduleTwo.title}`);
    await expect(items.nth(1)).toContainText("Due soon");
    await expect(items.nth(1)).toContainText("Team Alpha · Priya Raman · Due");
    await expect(items.nth(2)).toContainText("Not started");
    await expect(page.getByText("1 module overdue, 1 due soon.")).toBeVisible();
    await expect(items.nth(1).getByRole("link", { name: "Continue module 2" })).toHaveAttribute(
      "href",
      moduleTwo.lessons[1]!.href,
    );

    await expect(page.getByText("Module 1 is waiting for you!")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByText("Module 1 is waiting for you!")).toHaveCount(0);
    expect((await db.nudge.findFirstOrThrow({ where: { toUserId: learner.id } })).dismissedAt).not.toBeNull();
  });

  test("a learner leaves a cohort after confirming", async ({ page, signedInAs, newUser, db }) => {
    const learner = await signedInAs("learner");
    const cohort = await seedCohort(db, await newUser("facilitator"), {
      name: "Night shift",
      learners: [{ user: learner }],
    });
    const answer = randomUUID();
    await db.reflection.create({
      data: {
        id: answer,
        userId: learner.id,
        promptId: "whats-your-part",
        lessonKey: "check-yourself-first/whats-your-part",
        promptText: "What's your part?",
        body: "Shared with the night shift.",
        shares: { create: { cohortId: cohort.id } },
      },
    });
    await page.goto("/dashboard");
    const card = page.getByRole("listitem").filter({ hasText: "Night shift" });
    await expect(card).toContainText("One answer is shared with this cohort.");
    await page.getByRole("button", { name: "Leave Night shift" }).click();
    await expect(card).toContainText("any answers you shared with it become private again");
    await page.getByRole("button", { name: "Yes, leave" }).click();
    // Leaving now also takes back what was shared with the cohort, so the message says so.
    await expect(
      page.getByText(
        "You left Night shift. Any answers you had shared with it are private again. Your progress and everything you wrote are still yours.",
      ),
    ).toBeVisible();
    // Said as the one toast (a polite live region), like every other "done".
    await expect(page.getByRole("status").filter({ hasText: "You left Night shift." })).toHaveAttribute(
      "aria-live",
      "polite",
    );
    expect(await db.cohortMember.count({ where: { cohortId: cohort.id, userId: learner.id } })).toBe(0);
    expect(await db.reflectionShare.count({ where: { reflectionId: answer } })).toBe(0);
    expect(await db.reflection.count({ where: { id: answer } })).toBe(1);
  });

  test("with nothing assigned, the dashboard points to the course; signed out it asks to sign in", async ({
    page,
    signedInAs,
  }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fdashboard/);
    await signedInAs("learner");
    await page.goto("/dashboard");
    await expect(page.getByText("Nothing is assigned to you yet.")).toBeVisible();
    await expect(page.getByRole("link", { name: "work through the course at your own pace" })).toBeVisible();
  });
});

test.describe("admin", () => {
  test("an admin sees cohorts per account and disables and re-enables an account", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    await signedInAs("admin");
    const facilitator = await newUser("facilitator", { name: "Fatima Zahra" });
    const learner = await newUser("learner", { name: "Jonas Weber" });
    await seedCohort(db, facilitator, { name: "Warehouse leads", learners: [{ user: learner }] });
    // The list shows 25 accounts a page, newest first: each person is found by their email.
    await page.goto(`/admin?q=${encodeURIComponent(facilitator.email)}`);
    await expect(page.getByRole("row", { name: /Fatima Zahra/ })).toContainText("Warehouse leads (facilitator)");
    await page.getByRole("searchbox", { name: "Find an account" }).fill(learner.email);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText(`1 account matches “${learner.email}”`)).toBeVisible();
    const row = page.getByRole("row", { name: /Jonas Weber/ });
    await expect(row).toContainText("Warehouse leads");
    await row.getByRole("button", { name: "Disable Jonas Weber" }).click();
    await expect(row.getByRole("status").last()).toHaveText("Jonas Weber is disabled and signed out everywhere.");
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).disabledAt).not.toBeNull();
    await row.getByRole("button", { name: "Enable Jonas Weber" }).click();
    await expect(row.getByRole("status").last()).toHaveText("Jonas Weber can sign in again.");
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).disabledAt).toBeNull();
  });
});
