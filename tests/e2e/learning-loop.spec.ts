// The learning loop (issue 12): arriving on the dashboard, continuing, a
// lesson that completes itself from the work, and the end of a module.
import { randomUUID } from "node:crypto";
import { loadCourse } from "../../lib/course/catalog";
import { seedCohort } from "./support/cohorts";
import { expect, expectAccessible, test } from "./support/fixtures";
import { signInAs } from "./support/session";

const course = loadCourse();
const moduleOne = course.modules[0]!;
const moduleTwo = course.modules[1]!;
// Module 1, lesson 2: one question ("moment-trust-dipped").
const LESSON = moduleOne.lessons[1]!;
const PROMPT_ID = "moment-trust-dipped";

test.describe("arriving and continuing", () => {
  test("signing in lands on the dashboard, whose first card continues where the learner left off", async ({
    page,
    newUser,
    db,
  }) => {
    const learner = await newUser("learner", { name: "Mara Quinn" });
    await db.lessonProgress.create({ data: { userId: learner.id, lessonKey: LESSON.key, lastVisitedAt: new Date() } });

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(learner.email);
    await page.getByLabel("Password").fill(learner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);

    const card = page.getByRole("region", { name: "Continue where you left off" });
    await expect(card).toContainText(`Module 1: ${moduleOne.title}`);
    await expect(card).toContainText(LESSON.title);
    await expect(card.getByRole("progressbar", { name: "Module 1 progress" })).toHaveAttribute(
      "aria-valuetext",
      `0% (0 of ${moduleOne.lessons.length} lessons complete)`,
    );
    await expect(card.getByRole("link", { name: `Continue with “${LESSON.title}”` })).toHaveAttribute(
      "href",
      LESSON.href,
    );
    await expectAccessible(page);

    // The home page offers to continue, not to create an account.
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Continue where you left off" })).toHaveAttribute("href", LESSON.href);
    await expect(page.getByRole("link", { name: "Create a free account" })).toHaveCount(0);
  });

  test("a signed-out reader's place is kept in the browser and carried into their account", async ({
    page,
    newUser,
    db,
  }) => {
    const learner = await newUser("learner");
    await page.goto(LESSON.href);
    await expect(page.getByRole("link", { name: "create an account" })).toBeVisible();
    await page.goto(moduleOne.href);
    await expect(page.getByRole("link", { name: `Continue with “${LESSON.title}”` })).toHaveAttribute(
      "href",
      LESSON.href,
    );

    await page.getByRole("link", { name: "Sign in" }).first().click();
    await page.getByLabel("Email").fill(learner.email);
    await page.getByLabel("Password").fill(learner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(
      page
        .getByRole("region", { name: "Continue where you left off" })
        .getByRole("link", { name: `Continue with “${LESSON.title}”` }),
    ).toBeVisible();
    const row = await db.lessonProgress.findFirst({ where: { userId: learner.id, lessonKey: LESSON.key } });
    expect(row).toMatchObject({ completedAt: null });
    // Carried, then forgotten by this browser: the next person to sign in here doesn't get it.
    await expect.poll(() => page.evaluate(() => window.localStorage.getItem("itt:place"))).toBeNull();
  });

  test("a facilitator's dashboard links to their cohorts", async ({ page, signedInAs, db }) => {
    const facilitator = await signedInAs("facilitator");
    const cohort = await seedCohort(db, facilitator, { name: "Night shift" });
    await page.goto("/dashboard");
    const card = page.getByRole("region", { name: "Cohorts you facilitate" });
    await expect(card.getByRole("link", { name: "Night shift" })).toHaveAttribute(
      "href",
      `/facilitator/cohorts/${cohort.id}`,
    );
    await expect(page.getByRole("region", { name: "Start the course" })).toBeVisible();
  });
});

test.describe("completion from the work", () => {
  test("reaching the end with every question answered completes the lesson, without the button", async ({
    page,
    signedInAs,
    newUser,
    db,
    browser,
    app,
  }) => {
    const learner = await signedInAs("learner", { name: "Tomas Berg" });
    const facilitator = await newUser("facilitator");
    const cohort = await seedCohort(db, facilitator, { learners: [{ user: learner }] });
    await db.assignment.create({ data: { cohortId: cohort.id, moduleSlug: moduleOne.slug, dueDaysAfterJoin: 14 } });
    const completedAt = async () =>
      (await db.lessonProgress.findFirst({ where: { userId: learner.id, lessonKey: LESSON.key } }))?.completedAt;

    await page.goto(LESSON.href);
    // Where the lesson sits in its module.
    const lessons = page.getByRole("navigation", { name: "Lessons in module 1" });
    const here = lessons.getByRole("link", { name: new RegExp(LESSON.title) });
    await expect(here).toHaveAttribute("aria-current", "page");
    await expect(here).toContainText("In progress");

    // The end first: not complete yet, and it says what is missing.
    await page.getByRole("navigation", { name: "Lesson", exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByText("You have answered 0 of 1 question.")).toBeVisible();
    await expect
      .poll(
        async () =>
          (await db.lessonProgress.findFirst({ where: { userId: learner.id, lessonKey: LESSON.key } }))?.reachedEndAt,
      )
      .not.toBeNull();
    expect(await completedAt()).toBeNull();

    // Then the answer: saving it completes the lesson.
    const editor = page.locator(`[data-reflection-editor="${PROMPT_ID}"]`);
    await editor.getByRole("textbox").fill("When my manager moved the deadline without telling me.");
    await expect(editor.getByRole("status")).toContainText("Saved at");
    await expect(page.getByText(/^Completed on /)).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark as complete" })).toHaveCount(0);
    expect(await completedAt()).not.toBeNull();
    await expect(here).toContainText("Complete");

    // The module page says so, and offers the next lesson not yet complete.
    await page.goto(moduleOne.href);
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: new RegExp(LESSON.title) }) });
    await expect(item).toContainText("Complete");
    const third = moduleOne.lessons[2]!;
    await expect(page.getByRole("link", { name: `Continue with “${third.title}”` })).toHaveAttribute(
      "href",
      third.href,
    );
    await expectAccessible(page);

    // The facilitator's progress view counts it.
    const context = await browser.newContext({ baseURL: app.url });
    try {
      await signInAs(context, app.url, db, facilitator);
      const f = await context.newPage();
      await f.goto(`/facilitator/cohorts/${cohort.id}`);
      // (Lesson by lesson now: the row counts lessons of the course, and this lesson's cell reads Complete.)
      const row = f
        .getByRole("main")
        .getByRole("region", { name: "Progress by lesson" })
        .getByRole("row")
        .filter({ has: f.getByRole("rowheader", { name: "Tomas Berg" }) });
      await expect(row.getByRole("rowheader")).toContainText(`1 of ${course.lessons.length} lessons`);
      const column = course.lessons.findIndex((lesson) => lesson.key === LESSON.key);
      await expect(row.getByRole("cell").nth(column)).toContainText("Complete");
    } finally {
      await context.close();
    }
  });

  test("finishing a module shows what the learner wrote in it and what comes next", async ({
    page,
    signedInAs,
    db,
  }) => {
    const learner = await signedInAs("learner");
    for (const lesson of moduleOne.lessons.slice(0, -1)) {
      await db.lessonProgress.create({
        data: { userId: learner.id, lessonKey: lesson.key, lastVisitedAt: new Date(), completedAt: new Date() },
      });
    }
    await db.reflection.create({
      data: {
        id: randomUUID(),
        userId: learner.id,
        promptId: PROMPT_ID,
        lessonKey: LESSON.key,
        promptText: "A moment trust dipped",
        body: "The deadline.",
      },
    });

    const last = moduleOne.lessons.at(-1)!;
    await page.goto(last.href);
    await page.getByRole("button", { name: "Mark as complete" }).click();
    const moment = page.getByRole("region", { name: `You finished Module 1: ${moduleOne.title}` });
    await expect(moment).toBeVisible();
    // One link to what was written; the next module is the page's own next step, just below.
    await expect(moment.getByRole("link")).toHaveCount(1);
    await expect(moment.getByRole("listitem").getByRole("link")).toHaveAttribute(
      "href",
      `/journal/prompt/${PROMPT_ID}`,
    );
    await expect(moment).toContainText(`Next comes Module 2, “${moduleTwo.title}”`);
    await expect(
      page.getByRole("navigation", { name: "Lesson", exact: true }).getByRole("link", { name: /^Next module/ }),
    ).toHaveAttribute("href", moduleTwo.lessons[0]!.href);
    await expectAccessible(page);
  });
});
