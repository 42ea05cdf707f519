// Time zones (docs/decisions/014-time-zones.md): a learner far from UTC sees
// due dates and journal dates on the right day, the account page changes the
// zone, a facilitator's cohort has its own zone, and sign-up takes the
// browser's. Browser contexts set their own zone with timezoneId.
import type { Page } from "@playwright/test";
import { loadCourse } from "../../lib/course/catalog";
import { addDays, dayIn } from "../../lib/time/calendar";
import { formatDay } from "../../lib/time/format";
import { seedCohort } from "./support/cohorts";
import { expect, test } from "./support/fixtures";

const course = loadCourse();
const moduleOne = course.modules[0]!;
const moduleTwo = course.modules[1]!;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The day `days` from now in `zone`, as stored and as an <input type="date"> value. */
function dayAhead(days: number, zone: string): string {
  return addDays(dayIn(new Date(), zone), days);
}

/** What the dashboard says: the year only when it isn't this one (in the cohort's zone). */
function dueWords(day: string, zone: string): string {
  return `Due ${formatDay(day, day.slice(0, 4) !== dayIn(new Date(), zone).slice(0, 4))}`;
}

/** React reports a hydration mismatch on the console; none may happen. */
function watchHydration(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat/i.test(message.text())) problems.push(message.text());
  });
  return problems;
}

function assigned(page: Page) {
  return page.locator("section[aria-labelledby=assigned]").getByRole("listitem");
}

test.describe("a learner in Auckland", () => {
  test.use({ timezoneId: "Pacific/Auckland" });

  test("sees due dates in the cohort's terms and journal dates on their own day", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const hydration = watchHydration(page);
    const learner = await signedInAs("learner", { name: "Kiri Aroha" });
    await db.user.update({ where: { id: learner.id }, data: { timeZone: "Pacific/Auckland" } });
    const facilitator = await newUser("facilitator", { name: "Priya Raman" });

    // 20:00 UTC yesterday was this morning in Auckland: "3 days after joining" counts from Auckland's today.
    const yesterday = new Date(Date.now() - DAY_MS);
    const joinedAt = new Date(`${yesterday.toISOString().slice(0, 10)}T20:00:00Z`);
    const home = await seedCohort(db, facilitator, {
      name: "Auckland team",
      timeZone: "Pacific/Auckland",
      learners: [{ user: learner, joinedAt }],
    });
    await db.assignment.create({ data: { cohortId: home.id, moduleSlug: moduleOne.slug, dueDaysAfterJoin: 3 } });
    const relativeDay = addDays(dayIn(joinedAt, "Pacific/Auckland"), 3);
    expect(relativeDay).not.toBe(addDays(dayIn(joinedAt, "UTC"), 3));

    // A Berlin cohort's fixed date is that day in Berlin, and says so.
    const berlin = await seedCohort(db, facilitator, {
      name: "Berlin team",
      timeZone: "Europe/Berlin",
      learners: [{ user: learner }],
    });
    const berlinDay = dayAhead(20, "Europe/Berlin");
    await db.assignment.create({ data: { cohortId: berlin.id, moduleSlug: moduleTwo.slug, dueDate: berlinDay } });

    await page.goto("/dashboard");
    const items = assigned(page);
    await expect(items).toHaveCount(2);
    const mine = items.filter({ hasText: `Module 1: ${moduleOne.title}` });
    await expect(mine).toContainText(`Auckland team · Priya Raman · ${dueWords(relativeDay, "Pacific/Auckland")}`);
    await expect(mine).not.toContainText("end of day");
    await expect(items.filter({ hasText: `Module 2: ${moduleTwo.title}` })).toContainText(
      `Berlin team · Priya Raman · ${dueWords(berlinDay, "Europe/Berlin")} (end of day, Europe/Berlin time)`,
    );

    // Written at 20:00 UTC on 31 March 2026: 1 April in Auckland, in April's group.
    await db.reflection.create({
      data: {
        id: crypto.randomUUID(),
        userId: learner.id,
        promptId: "whats-your-part",
        lessonKey: "check-yourself-first/whats-your-part",
        promptText: "What's your part?",
        body: "Written late on the last evening of March, UTC.",
        createdAt: new Date("2026-03-31T20:00:00Z"),
        updatedAt: new Date("2026-03-31T20:00:00Z"),
      },
    });
    await page.goto("/journal");
    await expect(page.getByRole("main")).toContainText("Answered April 1, 2026");
    await page.goto("/journal?view=timeline");
    await expect(page.getByRole("heading", { level: 2, name: "April 2026" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "March 2026" })).toHaveCount(0);
    expect(hydration).toEqual([]);
  });

  test("signing up takes the browser's zone", async ({ page, db }) => {
    const hydration = watchHydration(page);
    await page.goto("/sign-up");
    await expect(page.locator("input[type=hidden][name=timeZone]")).toHaveValue("Pacific/Auckland");
    await page.getByLabel("Name").fill("Hemi Walker");
    await page.getByLabel("Email").fill("hemi.walker@example.org");
    await page.getByLabel("Password").fill("a-very-good-passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).not.toHaveURL(/sign-up/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "hemi.walker@example.org" } });
    expect(user.timeZone).toBe("Pacific/Auckland");
    expect(hydration).toEqual([]);
  });
});

test("the account page changes the zone and the dashboard follows", async ({ page, signedInAs, newUser, db }) => {
  const hydration = watchHydration(page);
  const learner = await signedInAs("learner", { name: "Leo Martins" });
  const facilitator = await newUser("facilitator", { name: "Priya Raman" });
  const cohort = await seedCohort(db, facilitator, { learners: [{ user: learner }] });
  const day = dayAhead(10, "UTC");
  await db.assignment.create({ data: { cohortId: cohort.id, moduleSlug: moduleTwo.slug, dueDate: day } });

  // No zone yet: UTC, the cohort's, so the dashboard names no zone.
  await page.goto("/dashboard");
  await expect(assigned(page).first()).toContainText(`Team Alpha · Priya Raman · ${dueWords(day, "UTC")}`);
  await expect(assigned(page).first()).not.toContainText("end of day");

  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText("Not set (dates are shown in UTC)");
  const select = page.getByLabel("Your time zone");
  await select.selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Dates are now shown in Asia/Tokyo time.");
  await expect(select).toHaveValue("Asia/Tokyo");
  expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).timeZone).toBe("Asia/Tokyo");

  await page.goto("/dashboard");
  await expect(assigned(page).first()).toContainText(`${dueWords(day, "UTC")} (end of day, UTC time)`);
  expect(hydration).toEqual([]);
});

test("the zone picker groups zones by region with city names and offsets, and narrows as you type", async ({
  page,
  signedInAs,
  db,
}) => {
  const learner = await signedInAs("learner");
  await page.goto("/account");
  const select = page.getByLabel("Your time zone");
  await expect(select.locator("optgroup")).toHaveCount(await select.locator("optgroup").count());
  expect(await select.locator("optgroup").evaluateAll((groups) => groups.map((g) => g.getAttribute("label")))).toEqual(
    expect.arrayContaining(["Africa", "Americas", "Asia", "Europe", "Pacific"]),
  );
  await expect(select.locator("option", { hasText: /^Tokyo — UTC\+09:00$/ })).toHaveCount(1);
  const allOptions = await select.locator("option").count();
  expect(allOptions).toBeGreaterThan(300);

  const narrow = page.getByLabel(/Can’t see yours\?/);
  await narrow.fill("kolkata");
  await expect(page.getByText(/^\d+ zones? match(es)?\.$/)).toBeVisible();
  // The chosen zone (UTC here) stays in the list, with the matches.
  expect(await select.locator("option").count()).toBeLessThan(5);
  await select.selectOption({ label: "Kolkata — UTC+05:30" });
  await narrow.fill("no such place");
  await expect(page.getByText("No zone matches. Try a bigger city nearby, or the region.")).toBeVisible();
  await expect(select.locator("option")).toHaveCount(1);
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    /Dates are now shown in Asia\/(Kolkata|Calcutta) time\./,
  );
  expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).timeZone).toMatch(
    /^Asia\/(Kolkata|Calcutta)$/,
  );
});

test.describe("a facilitator in Los Angeles", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("creates a cohort in Tokyo time, assigns a date, and moves the cohort to Berlin", async ({
    page,
    signedInAs,
    db,
  }) => {
    const hydration = watchHydration(page);
    await signedInAs("facilitator", { name: "Dana Reyes" });
    await page.goto("/facilitator");
    // Without a saved zone, the form offers the browser's.
    const zone = page.getByLabel("Time zone", { exact: true });
    await expect(zone).toHaveValue("America/Los_Angeles");
    await page.getByLabel("Name", { exact: true }).fill("Tokyo office");
    await zone.selectOption("Asia/Tokyo");
    await page.getByRole("button", { name: "Create cohort" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
    await page.getByRole("navigation", { name: "This cohort" }).getByRole("link", { name: "Assignments" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Assignments" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main).toContainText("Due dates end at midnight in the cohort’s time zone, Asia/Tokyo.");
    const cohort = await db.cohort.findFirstOrThrow({ where: { name: "Tokyo office" } });
    expect(cohort.timeZone).toBe("Asia/Tokyo");

    // The earliest date offered is today in Tokyo.
    await expect(page.getByLabel("Due date")).toHaveAttribute("min", dayIn(new Date(), "Asia/Tokyo"));
    const day = dayAhead(14, "Asia/Tokyo");
    await page.getByLabel("Module", { exact: true }).selectOption(moduleTwo.slug);
    await page.getByLabel("On a date").check();
    await page.getByLabel("Due date").fill(day);
    await page.getByRole("button", { name: "Assign module" }).click();
    const tokyoText = `Due ${formatDay(day)} (end of day, Asia/Tokyo time)`;
    await expect(main.getByRole("status").filter({ hasText: "is assigned" })).toContainText(tokyoText);
    const list = main.getByRole("list", { name: "Assigned modules" });
    await expect(list.getByRole("listitem").filter({ hasText: "Module 2" })).toContainText(tokyoText);
    expect((await db.assignment.findFirstOrThrow({ where: { cohortId: cohort.id } })).dueDate).toBe(day);

    // Settings: a new zone keeps the day; only whose midnight changes.
    await page
      .getByRole("link", { name: /^Settings/ })
      .first()
      .click();
    const settingsZone = page.getByLabel("Time zone", { exact: true });
    await expect(settingsZone).toHaveValue("Asia/Tokyo");
    await settingsZone.selectOption("Europe/Berlin");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(main.getByRole("status")).toContainText("time zone");
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).timeZone).toBe("Europe/Berlin");
    expect((await db.assignment.findFirstOrThrow({ where: { cohortId: cohort.id } })).dueDate).toBe(day);

    await page.goto(`/facilitator/cohorts/${cohort.id}/assignments`);
    await expect(list.getByRole("listitem").filter({ hasText: "Module 2" })).toContainText(
      `Due ${formatDay(day)} (end of day, Europe/Berlin time)`,
    );
    expect(hydration).toEqual([]);
  });
});
