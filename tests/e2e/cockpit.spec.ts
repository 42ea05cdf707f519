// The facilitator's cockpit beyond the grid itself (facilitator.spec.ts has
// the grid, the module chart and the CSV): what needs attention, a learner's
// own page with their timeline, the printable summary, the cohort list's
// counts, and nudges with memory.
import type { Page } from "@playwright/test";
import { loadCourse } from "../../lib/course/catalog";
import type { Db } from "../../lib/db/client";
import { writeAnswer } from "./support/answers";
import { seedCohort } from "./support/cohorts";
import { expect, expectAccessible, test } from "./support/fixtures";
import { signInAs, type TestUser } from "./support/session";

const course = loadCourse();
const moduleTwo = course.modules.find((m) => m.number === 2)!;
const DAY_MS = 24 * 60 * 60 * 1000;
const cohortPath = (id: string, sub = "") => `/facilitator/cohorts/${id}${sub}`;
const main = (page: Page) => page.getByRole("main");

async function checkBothSchemes(page: Page) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** How many pages the PDF has: its /Type /Page objects, leaving out the /Pages tree. */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * Module 2 overdue (two days ago). Aroha finished it; Ben did its first
 * lesson nine days ago; Cai joined three weeks ago and has done nothing.
 * Aroha shared an answer the facilitator has not opened yet.
 */
async function seedCohortWithProgress(
  db: Db,
  facilitator: TestUser,
  newUser: (role: "learner", o: { name: string }) => Promise<TestUser>,
) {
  const now = Date.now();
  const aroha = await newUser("learner", { name: "Aroha Ngata" });
  const ben = await newUser("learner", { name: "Ben Okafor" });
  const cai = await newUser("learner", { name: "Cai Jun" });
  const cohort = await seedCohort(db, facilitator, {
    name: "Support team: spring",
    learners: [
      { user: aroha, joinedAt: new Date(now - 12 * DAY_MS) },
      { user: ben, joinedAt: new Date(now - 12 * DAY_MS) },
      { user: cai, joinedAt: new Date(now - 21 * DAY_MS) },
    ],
  });
  await db.cohort.update({ where: { id: cohort.id }, data: { createdAt: new Date(now - 22 * DAY_MS) } });
  await db.assignment.create({
    data: {
      cohortId: cohort.id,
      moduleSlug: moduleTwo.slug,
      dueDate: new Date(now - 2 * DAY_MS).toISOString().slice(0, 10),
    },
  });
  for (const [i, lesson] of moduleTwo.lessons.entries()) {
    const at = new Date(now - (8 - i) * DAY_MS);
    await db.lessonProgress.create({
      data: { userId: aroha.id, lessonKey: lesson.key, lastVisitedAt: at, completedAt: at },
    });
  }
  const benAt = new Date(now - 9 * DAY_MS);
  await db.lessonProgress.create({
    data: { userId: ben.id, lessonKey: moduleTwo.lessons[0]!.key, lastVisitedAt: benAt, completedAt: benAt },
  });
  const entryId = await writeAnswer(db, aroha.id, "What I owe the team is an honest account of the handover.");
  await db.reflectionShare.create({ data: { reflectionId: entryId, cohortId: cohort.id } });
  await db.notification.create({
    data: {
      userId: facilitator.id,
      kind: "shared",
      key: `shared:${entryId}:${cohort.id}:${facilitator.id}`,
      text: "Aroha Ngata shared an answer.",
      href: cohortPath(cohort.id, "/reflections"),
      shareReflectionId: entryId,
      shareCohortId: cohort.id,
    },
  });
  return { cohortId: cohort.id, aroha, ben, cai };
}

test.describe("the facilitator's cockpit", () => {
  test("the cohort list counts what needs attention; the overview filters and sorts it", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator");
    const { cohortId } = await seedCohortWithProgress(db, facilitator, newUser);

    await page.goto("/facilitator");
    const item = main(page).getByRole("listitem").filter({ hasText: "Support team: spring" }).first();
    const counts = item.getByRole("list", { name: "Needs your attention" });
    await expect(counts.getByRole("link", { name: "2 learners overdue" })).toBeVisible();
    await expect(counts.getByRole("link", { name: "1 new shared reflection" })).toBeVisible();
    await counts.getByRole("link", { name: "2 learners overdue" }).click();

    // The link opens the overview filtered to those who need attention.
    await expect(page).toHaveURL(/\?show=attention#learners$/);
    await expect(main(page).getByRole("link", { name: "Needs attention (2)" })).toHaveAttribute("aria-current", "true");
    const glance = main(page).getByRole("region", { name: "At a glance" });
    await expect(glance).toContainText("2 learners need attention");
    await expect(glance).toContainText("2 learners are overdue");
    await expect(glance).toContainText("1 new shared reflection");
    const rows = main(page).getByRole("region", { name: "Progress by lesson" }).getByRole("rowheader");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("Ben Okafor");
    await expect(rows.nth(0)).toContainText("Overdue: module 2");
    await expect(rows.nth(1)).toContainText("Cai Jun");
    await expect(rows.nth(1)).toContainText("No activity since joining 21 days ago");

    // Sorted by progress, least first; then everyone again, by last activity.
    await main(page).getByRole("link", { name: "Progress, least first" }).click();
    await expect(main(page).getByRole("link", { name: "Progress, least first" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(rows.nth(0)).toContainText("Cai Jun");
    await expect(rows.nth(1)).toContainText("Ben Okafor");
    await main(page).getByRole("link", { name: "Everyone (3)" }).click();
    await expect(main(page).getByRole("link", { name: "Everyone (3)" })).toHaveAttribute("aria-current", "true");
    await main(page).getByRole("link", { name: "Last activity, longest ago first" }).click();
    await expect(main(page).getByRole("link", { name: "Last activity, longest ago first" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("Cai Jun");
    await expect(rows.nth(1)).toContainText("Ben Okafor");
    await expect(rows.nth(2)).toContainText("Aroha Ngata");

    // The weekly chart, with its numbers as a table.
    const weekly = main(page).getByRole("figure", { name: "Lessons completed each week" });
    await expect(weekly.getByRole("img", { name: "Lessons completed each week" })).toBeVisible();
    await weekly.getByText("Show the numbers as a table").click();
    const weeks = weekly.getByRole("table", { name: "Lessons completed per week" });
    await expect(weeks.getByRole("row")).toHaveCount(5); // a header and four weeks
    const total = (await weeks.getByRole("cell").allInnerTexts()).reduce((sum, text) => sum + Number(text), 0);
    expect(total).toBe(4);
    await checkBothSchemes(page);

    // An address it doesn't understand falls back to the defaults.
    const response = await page.goto(`${cohortPath(cohortId)}?sort=%3Cscript%3E&show=everyone&page=-3`);
    expect(response?.status()).toBe(200);
    await expect(main(page).getByRole("link", { name: "Everyone (3)" })).toHaveAttribute("aria-current", "true");
  });

  test("a learner's page: their timeline with a table, lesson by lesson, and the nudges they had", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator");
    const { cohortId, ben } = await seedCohortWithProgress(db, facilitator, newUser);
    await page.goto(cohortPath(cohortId));
    await main(page)
      .getByRole("region", { name: "Progress by lesson" })
      .getByRole("link", { name: "Ben Okafor" })
      .click();

    await expect(page.getByRole("heading", { level: 1, name: "Ben Okafor" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Support team: spring");
    await expect(main(page).getByRole("region", { name: "Needs attention" })).toContainText("Overdue: module 2");
    const timeline = main(page).getByRole("figure", { name: "Ben Okafor’s timeline" });
    await expect(timeline.getByRole("img", { name: "Ben Okafor’s timeline" })).toBeVisible();
    await timeline.getByText("Show the numbers as a table").click();
    const completed = timeline.getByRole("table", { name: "Lessons completed, in order" });
    await expect(completed.getByRole("row")).toHaveCount(2);
    await expect(completed).toContainText(`2.1 ${moduleTwo.lessons[0]!.title}`);

    const lessons = main(page).getByRole("region", { name: "Lesson by lesson" });
    await expect(lessons.getByRole("listitem").filter({ hasText: `2.2 ${moduleTwo.lessons[1]!.title}` })).toContainText(
      "Overdue",
    );
    await expect(lessons.getByRole("listitem").filter({ hasText: `2.1 ${moduleTwo.lessons[0]!.title}` })).toContainText(
      "Complete",
    );
    await expect(main(page).getByRole("region", { name: "Nudges to Ben Okafor" })).toContainText(
      "No nudges have been sent yet.",
    );
    await checkBothSchemes(page);

    // Someone who isn't in this cohort has no page here.
    const stranger = await newUser("learner", { name: "Not in it" });
    const response = await page.goto(cohortPath(cohortId, `/learners/${stranger.id}`));
    expect(response?.status()).toBe(404);
    expect(ben.id).toBeTruthy();
  });

  test("the printable summary fits two pages and names who may need a hand", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator");
    const { cohortId } = await seedCohortWithProgress(db, facilitator, newUser);
    await page.goto(cohortPath(cohortId));
    await main(page).getByRole("link", { name: "Printable summary" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Printable summary" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print the summary" })).toBeVisible();
    const help = main(page).getByRole("region", { name: "Who may need a hand" });
    await expect(help).toContainText("Ben Okafor: Overdue: module 2");
    await expect(help).toContainText("Cai Jun: Overdue: module 2; No activity since joining 21 days ago");
    await expect(main(page).getByRole("region", { name: "Assigned modules" })).toContainText(
      `Module 2: ${moduleTwo.title}`,
    );
    await checkBothSchemes(page);
    for (const format of ["A4", "Letter"] as const) {
      const pages = pageCount(await page.pdf({ format }));
      expect(pages, format).toBeGreaterThanOrEqual(1);
      expect(pages, format).toBeLessThanOrEqual(2);
    }
  });

  test("nudges have a history, with who read them, and a second within a day asks first", async ({
    page,
    browser,
    signedInAs,
    newUser,
    db,
    app,
  }) => {
    const facilitator = await signedInAs("facilitator", { name: "Priya Raman" });
    const { cohortId, ben } = await seedCohortWithProgress(db, facilitator, newUser);
    await page.goto(cohortPath(cohortId, "/nudges"));
    const history = main(page).getByRole("region", { name: "Nudges sent" });
    await expect(history).toContainText("No nudges have been sent yet.");

    const form = main(page).getByRole("group", { name: "Who to nudge" });
    await form.getByRole("checkbox", { name: "Cai Jun" }).uncheck();
    await page.getByLabel("Message").fill("Module 2 is waiting. Ten minutes today?");
    await page.getByRole("button", { name: "Send nudge" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Nudge sent to 1 learner." })).toBeVisible();
    const sent = history.getByRole("list", { name: "Nudges sent" }).getByRole("listitem");
    await expect(sent).toHaveCount(1);
    await expect(sent.first()).toContainText("To Ben Okafor · from Priya Raman");
    await expect(sent.first()).toContainText("Module 2 is waiting. Ten minutes today?");
    await expect(sent.first()).toContainText("Not read yet");
    await expect(form).toContainText("Nudged less than an hour ago");

    // Again to Ben (and Cai) within the day: nothing goes until it is confirmed.
    await form.getByRole("checkbox", { name: "Cai Jun" }).check();
    await page.getByLabel("Message").fill("One more thing.");
    await page.getByRole("button", { name: "Send nudge" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Ben Okafor (less than an hour ago) already had a nudge");
    expect(await db.nudge.count({ where: { cohortId } })).toBe(1);
    await expect(page.getByLabel("Message")).toHaveValue("One more thing.");
    await page.getByRole("checkbox", { name: "Send again anyway" }).check();
    await page.getByRole("button", { name: "Send nudge" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Nudge sent to 2 learners." })).toBeVisible();
    expect(await db.nudge.count({ where: { cohortId } })).toBe(3);
    await expect(sent).toHaveCount(3);

    // Ben opens his dashboard: his nudges are read, and the history says so.
    const context = await browser.newContext({ baseURL: app.url });
    await signInAs(context, app.url, db, ben);
    const learnerPage = await context.newPage();
    await learnerPage.goto("/dashboard");
    await expect(learnerPage.getByRole("main")).toContainText("One more thing.");
    await context.close();
    await page.reload();
    const bens = sent.filter({ hasText: "To Ben Okafor" });
    await expect(bens).toHaveCount(2);
    for (const entry of await bens.all())
      await expect(entry).toContainText(
        /Read (January|February|March|April|May|June|July|August|September|October|November|December)/,
      );
    await expect(sent.filter({ hasText: "To Cai Jun" })).toContainText("Not read yet");
    await checkBothSchemes(page);
  });
});
