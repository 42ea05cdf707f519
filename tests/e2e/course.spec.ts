import { loadCourse } from "../../lib/course/catalog";
import { expect, expectAccessible, test } from "./support/fixtures";
import { tabTo } from "./support/keyboard";

const course = loadCourse();
const firstModule = course.modules[0]!;
const coursePages = ["/learn", "/about", ...course.modules.map((m) => m.href), ...course.lessons.map((l) => l.href)];

// One test per page, so the pages spread over the workers and a slow machine
// never runs one test past its time limit. Tagged @rendering: what they check
// doesn't depend on the database, so the PostgreSQL run skips them.
test.describe("every course page passes axe", { tag: "@rendering" }, () => {
  for (const path of coursePages) {
    test(`${path}, signed out, in light and dark mode`, async ({ page }) => {
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectAccessible(page);
      }
    });
  }

  for (const path of ["/", ...coursePages]) {
    test(`${path}, for a signed-in facilitator`, async ({ page, signedInAs }) => {
      await signedInAs("facilitator");
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // checkA11yAtEnd runs axe on the page the test ends on.
    });
  }
});

test.describe("the course", () => {
  test("a learner reads a whole module by keyboard alone and marks it complete", async ({ page, signedInAs }) => {
    test.setTimeout(180_000);
    await signedInAs("learner");
    await page.goto(firstModule.href);
    await tabTo(page, page.getByRole("link", { name: new RegExp(`Start with .${firstModule.lessons[0]!.title}`) }));
    await page.keyboard.press("Enter");

    for (const [index, lesson] of firstModule.lessons.entries()) {
      await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
      if (index === 0) {
        // A scenario or check answered by keyboard on the way.
        const radio = page.getByRole("radio").first();
        if ((await radio.count()) > 0) {
          await tabTo(page, radio);
          await page.keyboard.press("Space");
          await expect(radio).toBeChecked();
        }
      }
      const complete = page.getByRole("button", { name: "Mark as complete" });
      await tabTo(page, complete);
      await page.keyboard.press("Enter");
      await expect(page.getByText(/^Completed on /)).toBeVisible();
      const next = course.lessons[course.lessons.findIndex((l) => l.key === lesson.key) + 1];
      if (index < firstModule.lessons.length - 1 && next) {
        await tabTo(page, page.getByRole("link", { name: new RegExp(`^Next lesson\\s*${next.title}`) }));
        await page.keyboard.press("Enter");
      }
    }

    await page.goto("/learn");
    const moduleBar = page.getByRole("progressbar", { name: "Module 1 progress" });
    await expect(moduleBar).toHaveAttribute("aria-valuenow", "100");
    await expect(page.getByRole("progressbar", { name: "Your progress in the course" })).toHaveAttribute(
      "aria-valuetext",
      `${Math.round((firstModule.lessons.length / course.lessons.length) * 100)}% (${firstModule.lessons.length} of ${course.lessons.length} lessons complete)`,
    );
  });

  test("progress is stored per learner and the home page offers to continue", async ({ page, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    const lesson = course.lessons[4]!;
    await page.goto(lesson.href);
    await expect(page.getByRole("button", { name: "Mark as complete" })).toBeEnabled();
    const row = await db.lessonProgress.findFirst({ where: { userId: learner.id, lessonKey: lesson.key } });
    expect(row?.completedAt).toBeNull();

    await page.goto("/");
    await expect(page.getByRole("link", { name: "Continue where you left off" })).toHaveAttribute("href", lesson.href);

    await page.goto(lesson.href);
    await page.getByRole("button", { name: "Mark as complete" }).click();
    await expect(page.getByText(/^Completed on /)).toBeVisible();
    expect(
      (await db.lessonProgress.findFirst({ where: { userId: learner.id, lessonKey: lesson.key } }))?.completedAt,
    ).not.toBeNull();
    await page.getByRole("button", { name: "Mark as not complete" }).click();
    await expect(page.getByRole("button", { name: "Mark as complete" })).toBeVisible();
    expect(
      (await db.lessonProgress.findFirst({ where: { userId: learner.id, lessonKey: lesson.key } }))?.completedAt,
    ).toBeNull();
  });

  test("lessons can be read signed out, with an invitation to keep progress", async ({ page }) => {
    const lesson = course.lessons[0]!;
    await page.goto(lesson.href);
    await expect(page).toHaveTitle(`${lesson.title} · It Takes Two`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", lesson.summary);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", lesson.title);
    await expect(page.getByRole("link", { name: "create an account" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark as complete" })).toHaveCount(0);
  });

  test("a scenario shows the likely consequence of the chosen response", async ({ page }) => {
    const lesson = course.lessons.find((l) => l.key === "trust-is-fragile/how-trust-breaks")!;
    await page.goto(lesson.href);
    const scenario = page.getByRole("group", { name: "Scenario" });
    await scenario.getByRole("radio").last().check();
    await expect(scenario.getByText("What likely happens:")).toBeVisible();
    await expect(scenario.getByText("Why:")).toBeVisible();
  });

  test("a knowledge check explains every option after answering", async ({ page }) => {
    const lesson = course.lessons.find((l) => l.key === "check-yourself-first/whats-your-part")!;
    await page.goto(lesson.href);
    const check = page.getByRole("group", { name: "Check your understanding" }).first();
    await check.getByRole("radio").first().check();
    await check.getByRole("button", { name: "Check answer" }).click();
    // A wrong try explains only itself; "Show the answer" opens every explanation.
    await check.getByRole("button", { name: "Show the answer" }).click();
    await expect(check.getByText("Best answer.")).toHaveCount(1);
    expect(await check.getByText(/^(Best answer|Not quite)\./).count()).toBeGreaterThanOrEqual(2);
  });

  test("facilitator notes are not in the public HTML and only facilitators can read them", async ({
    page,
    request,
    signedInAs,
  }) => {
    const lesson = course.lessons.find((l) => l.key === "check-yourself-first/whats-your-part")!;
    const noteText = "Give people real quiet time to write";
    const html = await (await request.get(lesson.href)).text();
    expect(html).not.toContain(noteText);
    expect(html).toContain("What's your part?");

    const anonymous = await request.get(`/api/facilitator-notes?lesson=${encodeURIComponent(lesson.href)}`);
    expect(anonymous.status()).toBe(401);

    await signedInAs("learner");
    const learnerResponse = await page.request.get(`/api/facilitator-notes?lesson=${encodeURIComponent(lesson.href)}`);
    expect(learnerResponse.status()).toBe(403);
    await page.goto(lesson.href);
    await expect(page.getByRole("button", { name: "Mark as complete" })).toBeVisible();
    await expect(page.getByText(noteText)).toHaveCount(0);
  });

  test("a facilitator sees the notes in place", async ({ page, signedInAs }) => {
    await signedInAs("facilitator");
    const lesson = course.lessons.find((l) => l.key === "check-yourself-first/whats-your-part")!;
    await page.goto(lesson.href);
    await expect(page.getByText("Give people real quiet time to write", { exact: false })).toBeVisible();
    await expect(page.getByText("Facilitator note").first()).toBeVisible();
  });

  test("a lesson prints without navigation and controls", async ({ page }) => {
    await page.goto(course.lessons[0]!.href);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Lesson" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("lessons work at 320 px wide without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const lesson of course.lessons.slice(0, 3)) {
      await page.goto(lesson.href);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});
