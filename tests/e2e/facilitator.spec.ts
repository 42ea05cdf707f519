import { randomInt, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { formatDay, formatShortDate } from "../../lib/time/format";
import { loadCourse } from "../../lib/course/catalog";
import type { Db } from "../../lib/db/client";
import { expect, expectAccessible, test } from "./support/fixtures";
import { signInAs, type TestUser } from "./support/session";

const course = loadCourse();
const moduleTwo = course.modules.find((m) => m.number === 2)!;
const moduleThree = course.modules.find((m) => m.number === 3)!;
const DAY_MS = 24 * 60 * 60 * 1000;

const cohortPath = (id: string, sub = "") => `/facilitator/cohorts/${id}${sub}`;

function inviteCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
}

async function seedCohort(db: Db, facilitator: TestUser, name = "Team Alpha"): Promise<string> {
  const cohort = await db.cohort.create({
    data: {
      name,
      inviteCode: inviteCode(),
      createdById: facilitator.id,
      facilitators: { create: { userId: facilitator.id } },
    },
    select: { id: true },
  });
  return cohort.id;
}

async function addMember(db: Db, cohortId: string, learner: TestUser, joinedAt = new Date(Date.now() - 10 * DAY_MS)) {
  await db.cohortMember.create({ data: { cohortId, userId: learner.id, joinedAt } });
}

async function completeLessons(db: Db, learner: TestUser, lessonKeys: string[], completed = true) {
  for (const lessonKey of lessonKeys) {
    await db.lessonProgress.create({
      data: { userId: learner.id, lessonKey, lastVisitedAt: new Date(), completedAt: completed ? new Date() : null },
    });
  }
}

/** A Friday at least a week ahead, as an <input type="date"> value. */
function fridayAhead(): string {
  const day = new Date(Date.now() + 7 * DAY_MS);
  while (day.getUTCDay() !== 5) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function main(page: Page) {
  return page.getByRole("main");
}

async function checkBothSchemes(page: Page) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/**
 * Three learners in a cohort with module 2 overdue (fixed date, two days ago)
 * and module 3 due 30 days after joining: Aroha finished module 2 and began
 * module 3; Ben did one lesson of module 2; Cai hasn't started.
 */
async function seedProgress(
  db: Db,
  facilitator: TestUser,
  newUser: (role: "learner", o: { name: string }) => Promise<TestUser>,
) {
  const cohortId = await seedCohort(db, facilitator, "Support team: spring");
  await db.assignment.create({
    data: {
      cohortId,
      moduleSlug: moduleTwo.slug,
      dueDate: new Date(Date.now() - 2 * DAY_MS).toISOString().slice(0, 10),
    },
  });
  await db.assignment.create({ data: { cohortId, moduleSlug: moduleThree.slug, dueDaysAfterJoin: 30 } });
  const aroha = await newUser("learner", { name: "Aroha Ngata" });
  const ben = await newUser("learner", { name: "Ben Okafor" });
  const cai = await newUser("learner", { name: "Cai Jun" });
  for (const learner of [aroha, ben, cai]) await addMember(db, cohortId, learner);
  await completeLessons(
    db,
    aroha,
    moduleTwo.lessons.map((l) => l.key),
  );
  await completeLessons(db, aroha, [moduleThree.lessons[0]!.key], false);
  await completeLessons(db, ben, [moduleTwo.lessons[0]!.key]);
  return { cohortId, aroha, ben, cai };
}

test.describe("facilitator: cohorts and invitations", () => {
  test("a facilitator creates a cohort, sees its invite link and copies it", async ({
    page,
    context,
    signedInAs,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator", { name: "Priya Raman" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/facilitator");
    await expect(page.getByRole("heading", { level: 1, name: "Your cohorts" })).toBeVisible();
    await expect(main(page)).toContainText("You don’t facilitate any cohorts yet.");
    await checkBothSchemes(page);

    // Refused without a name, and every field's problem shown.
    await page.getByRole("button", { name: "Create cohort" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Please check the highlighted fields.");
    await expect(main(page)).toContainText("Give the cohort a name.");

    await page.getByLabel("Name", { exact: true }).fill("Support team, spring");
    await page.getByLabel("Description (optional)").fill("Six weeks, one module at a time.");
    await page.getByRole("button", { name: "Create cohort" }).click();
    await expect(page).toHaveURL(/\/facilitator\/cohorts\/[^/?]+\/invitations\?created=1$/);
    await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
    await expect(main(page)).toContainText("Support team, spring");

    const cohort = await db.cohort.findFirstOrThrow({
      where: { facilitators: { some: { userId: facilitator.id } } },
      select: { id: true, inviteCode: true, description: true },
    });
    expect(cohort.description).toBe("Six weeks, one module at a time.");
    expect(cohort.inviteCode).toMatch(/^[a-z2-9]{10}$/);
    const link = `${new URL(page.url()).origin}/join/${cohort.inviteCode}`;
    const field = page.getByRole("textbox", { name: "Invite link" });
    await expect(field).toHaveValue(link);
    await expect(field).toHaveAttribute("readonly", "");

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await checkBothSchemes(page);

    await page.getByRole("link", { name: "Your cohorts" }).click();
    const item = main(page).getByRole("listitem").filter({ hasText: "Support team, spring" });
    await expect(item).toContainText("Learners");
    await expect(item).toContainText("Priya Raman");
  });

  test("replacing the link changes its code; turning it off and on again", async ({ page, signedInAs, db }) => {
    const facilitator = await signedInAs("facilitator");
    const cohortId = await seedCohort(db, facilitator);
    const before = (await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).inviteCode!;
    // A browser without a clipboard API: the link is selected for copying by hand instead.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
    });
    await page.goto(cohortPath(cohortId, "/invitations"));
    const field = page.getByRole("textbox", { name: "Invite link" });
    await expect(field).toHaveValue(new RegExp(`/join/${before}$`));
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "the link is selected" })).toBeVisible();
    await expect(field).toBeFocused();
    expect(
      await field.evaluate((el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length),
    ).toBe(true);

    await page.getByRole("button", { name: "Replace link" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "A new invite link is ready" })).toBeVisible();
    const replaced = (await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).inviteCode;
    expect(replaced).toMatch(/^[a-z2-9]{10}$/);
    expect(replaced).not.toBe(before);
    await expect(field).toHaveValue(new RegExp(`/join/${replaced}$`));

    await page.getByRole("button", { name: "Turn off link" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "The invite link is off" })).toBeVisible();
    await expect(field).toHaveCount(0);
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).inviteCode).toBeNull();

    await page.getByRole("button", { name: "Turn on link" }).click();
    await expect(field).toBeVisible();
    const renewed = (await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).inviteCode;
    expect(renewed).toMatch(/^[a-z2-9]{10}$/);
    expect([before, replaced]).not.toContain(renewed);
  });
});

test.describe("facilitator: assignments", () => {
  test("assign module 2 due on a date, module 3 days after joining, change and remove", async ({
    page,
    signedInAs,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator");
    const cohortId = await seedCohort(db, facilitator);
    await page.goto(cohortPath(cohortId, "/assignments"));
    await expect(main(page)).toContainText("Nothing is assigned yet.");
    const assigned = main(page).getByRole("list", { name: "Assigned modules" });

    const friday = fridayAhead();
    await page.getByLabel("Module", { exact: true }).selectOption(moduleTwo.slug);
    await page.getByLabel("On a date").check();
    await page.getByLabel("Due date").fill(friday);
    await page.getByRole("button", { name: "Assign module" }).click();
    // The cohort and the facilitator are both on UTC, so the zone isn't named.
    const dueText = `Due ${formatDay(friday)}`;
    expect(dueText).toMatch(/^Due Friday, [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    await expect(main(page).getByRole("status").filter({ hasText: "is assigned" })).toContainText(dueText);
    await expect(assigned.getByRole("listitem").filter({ hasText: `Module 2: ${moduleTwo.title}` })).toContainText(
      dueText,
    );
    const first = await db.assignment.findFirstOrThrow({ where: { cohortId, moduleSlug: moduleTwo.slug } });
    expect(first.dueDate).toBe(friday);
    expect(first.dueDaysAfterJoin).toBeNull();

    await page.getByLabel("Module", { exact: true }).selectOption(moduleThree.slug);
    await page.getByLabel("Days after joining").check();
    await page.getByLabel("Number of days after each learner joins").fill("10");
    await page.getByRole("button", { name: "Assign module" }).click();
    await expect(assigned.getByRole("listitem").filter({ hasText: `Module 3: ${moduleThree.title}` })).toContainText(
      "Due 10 days after each learner joins",
    );
    const second = await db.assignment.findFirstOrThrow({ where: { cohortId, moduleSlug: moduleThree.slug } });
    expect(second).toMatchObject({ dueDate: null, dueDaysAfterJoin: 10 });

    // A bad number is refused beside its field, and nothing changes.
    await page.getByLabel("Module", { exact: true }).selectOption(moduleTwo.slug);
    await page.getByLabel("Days after joining").check();
    await page.getByLabel("Number of days after each learner joins").fill("400");
    await page.getByRole("button", { name: "Assign module" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Please check the highlighted fields.");
    await expect(page.getByLabel("Number of days after each learner joins")).toHaveAccessibleDescription(
      /Enter a whole number of days from 1 to 365\./,
    );

    // Assigning module 2 again changes its due date on the same assignment.
    await page.getByLabel("Number of days after each learner joins").fill("5");
    await page.getByRole("button", { name: "Assign module" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "now has a new due date" })).toBeVisible();
    await expect(assigned.getByRole("listitem").filter({ hasText: "Module 2" })).toContainText(
      "Due 5 days after each learner joins",
    );
    const changed = await db.assignment.findFirstOrThrow({ where: { cohortId, moduleSlug: moduleTwo.slug } });
    expect(changed).toMatchObject({ id: first.id, dueDate: null, dueDaysAfterJoin: 5 });
    expect(await db.assignment.count({ where: { cohortId } })).toBe(2);

    await assigned
      .getByRole("listitem")
      .filter({ hasText: "Module 3" })
      .getByRole("button", { name: /Remove module 3/ })
      .click();
    await expect(assigned.getByRole("listitem")).toHaveCount(1);
    expect(await db.assignment.count({ where: { cohortId, moduleSlug: moduleThree.slug } })).toBe(0);
  });
});

test.describe("facilitator: progress", () => {
  test("the lesson grid, the module chart and the CSV show each learner's standing", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator");
    const { cohortId } = await seedProgress(db, facilitator, newUser);
    // A name that a spreadsheet would run as a formula.
    const trickster = await newUser("learner", { name: '=HYPERLINK("http://x")' });
    await addMember(db, cohortId, trickster);
    await page.goto(cohortPath(cohortId));

    const grid = main(page).getByRole("region", { name: "Progress by lesson" });
    const table = grid.getByRole("table");
    await expect(table.locator("caption")).toContainText("Each learner’s progress, lesson by lesson.");
    await expect(table.getByRole("columnheader", { name: `Module 2: ${moduleTwo.title}` })).toBeVisible();
    const [first] = moduleTwo.lessons;
    await expect(table.getByRole("columnheader", { name: `Lesson 2.1: ${first!.title}` })).toBeVisible();

    // Cells are in course order: module 2's lessons come after module 1's.
    const at = course.lessons.findIndex((l) => l.key === first!.key);
    const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    const cell = (name: string, index: number) =>
      row(name)
        .getByRole("cell")
        .nth(at + index);
    // Each cell: its icon (a symbol, hidden from screen readers), the state in a word, the day completed.
    const today = formatShortDate(new Date(), "UTC");
    for (const i of [0, 1, 2]) await expect(cell("Aroha Ngata", i)).toHaveText(new RegExp(`^.?Complete${today}$`));
    await expect(cell("Aroha Ngata", 3)).toHaveText(/^.?In progress$/);
    await expect(cell("Ben Okafor", 0)).toHaveText(new RegExp(`^.?Complete${today}$`));
    await expect(cell("Ben Okafor", 1)).toHaveText(/^.?Overdue$/);
    await expect(cell("Ben Okafor", 3)).toHaveText(/^.?Not started$/);
    await expect(cell("Cai Jun", 0)).toHaveText(/^.?Overdue$/);
    await expect(row("Ben Okafor").getByRole("rowheader")).toContainText("Overdue: module 2");
    await expect(row("Aroha Ngata").getByRole("rowheader")).not.toContainText("Overdue");

    // Overdue is marked by a word and a symbol, and by colour: its cell stands out from the others.
    const background = (index: number) =>
      cell("Ben Okafor", index).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background(1)).not.toBe(await background(3));

    const chart = main(page).getByRole("figure", { name: "Each module, now" });
    await expect(chart.getByRole("img", { name: "Each module, now" })).toBeVisible();
    await chart.getByText("Show the numbers as a table").click();
    const numbers = chart.getByRole("table", { name: "Learners per module: complete, in progress, not started" });
    await expect(
      numbers.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Module 2: ${moduleTwo.title}` }) }),
    ).toHaveText(`Module 2: ${moduleTwo.title}112`);
    await expect(
      numbers.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Module 3: ${moduleThree.title}` }) }),
    ).toHaveText(`Module 3: ${moduleThree.title}013`);
    await checkBothSchemes(page);

    // On a phone: one card per learner, and the page never scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(grid).toBeHidden();
    const cards = main(page).getByRole("list", { name: "Learners" });
    await expect(cards.getByRole("article")).toHaveCount(4);
    const ben = cards.getByRole("article", { name: "Ben Okafor" });
    await expect(ben).toContainText("1 of 13 lessons complete");
    await expect(ben).toContainText("Overdue: module 2");
    await expect(
      ben.getByRole("list", { name: "By module" }).getByRole("listitem").filter({ hasText: "Module 2" }),
    ).toContainText("1 complete, 2 overdue");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The CSV: a header and one row per learner, a column per assigned module and per lesson, formulas neutralised.
    const href = await main(page).getByRole("link", { name: "Download CSV" }).getAttribute("href");
    expect(href).toBe(cohortPath(cohortId, "/progress.csv"));
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    const isoToday = new Date().toISOString().slice(0, 10);
    expect(response.headers()["content-disposition"]).toBe(
      `attachment; filename="cohort-support-team-spring-progress-${isoToday}.csv"`,
    );
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(lines).toHaveLength(5);
    const lessonColumns = course.modules.flatMap((m) =>
      m.lessons.map((l, i) => `"Lesson ${m.number}.${i + 1}: ${l.title.replaceAll('"', '""')}"`),
    );
    expect(lines[0]).toBe(
      [
        `"Learner","Email","Joined","Last activity","Lessons completed"`,
        `"Module 2: ${moduleTwo.title}","Module 3: ${moduleThree.title}"`,
        ...lessonColumns,
      ].join(","),
    );
    const aroha = lines.find((l) => l.startsWith('"Aroha Ngata"'))!;
    expect(aroha).toContain('"3 of 13","Done (3/3, 100%)","In progress (0/4, 0%)"');
    // Module 2's lessons: the day each was completed.
    expect(aroha).toContain(`"${isoToday}","${isoToday}","${isoToday}","In progress"`);
    const benLine = lines.find((l) => l.startsWith('"Ben Okafor"'))!;
    expect(benLine).toContain('"Overdue (1/3, 33%)","Not started (0/4, 0%)"');
    expect(benLine).toContain(`"${isoToday}","Overdue","Overdue","Not started"`);
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://x"")"`))).toBe(true);
  });

  test("nudging creates a note for each chosen learner who is behind", async ({ page, signedInAs, newUser, db }) => {
    const facilitator = await signedInAs("facilitator");
    const { cohortId, aroha, ben, cai } = await seedProgress(db, facilitator, newUser);
    await page.goto(cohortPath(cohortId, "/nudges"));

    const form = main(page).getByRole("group", { name: "Who to nudge" });
    await expect(form.getByRole("checkbox")).toHaveCount(2);
    await expect(form.getByRole("checkbox", { name: "Ben Okafor" })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: "Cai Jun" })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: "Aroha Ngata" })).toHaveCount(0);
    await expect(page.getByLabel("Message")).not.toHaveValue("");

    await form.getByRole("checkbox", { name: "Cai Jun" }).uncheck();
    await page.getByLabel("Message").fill("Module 2 is waiting for you. Ten minutes today?");
    await page.getByRole("button", { name: "Send nudge" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Nudge sent to 1 learner." })).toBeVisible();
    const nudges = await db.nudge.findMany({
      where: { cohortId },
      select: { toUserId: true, fromUserId: true, message: true },
    });
    expect(nudges).toEqual([
      { toUserId: ben.id, fromUserId: facilitator.id, message: "Module 2 is waiting for you. Ten minutes today?" },
    ]);

    // React resets the form after the action; wait for that (both boxes back
    // to their default) so the unchecking below can't be undone by it.
    await expect(form.getByRole("checkbox", { name: "Cai Jun" })).toBeChecked();

    // Nobody chosen: refused, nothing sent, and the choices are kept as they were.
    await form.getByRole("checkbox", { name: "Ben Okafor" }).uncheck();
    await form.getByRole("checkbox", { name: "Cai Jun" }).uncheck();
    await page.getByRole("button", { name: "Send nudge" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Please check the highlighted fields.");
    await expect(main(page)).toContainText("Choose at least one learner to nudge.");
    await expect(form.getByRole("checkbox", { name: "Ben Okafor" })).not.toBeChecked();
    expect(await db.nudge.count({ where: { cohortId } })).toBe(1);

    await form.getByRole("checkbox", { name: "Cai Jun" }).check();
    await form.getByRole("checkbox", { name: "Ben Okafor" }).check();
    await page.getByRole("button", { name: "Send nudge" }).click();
    // Ben had one a moment ago: the guard asks first (cockpit.spec.ts covers it in full).
    await expect(main(page).getByRole("alert")).toContainText("already had a nudge in the last 24 hours");
    await page.getByRole("checkbox", { name: "Send again anyway" }).check();
    await page.getByRole("button", { name: "Send nudge" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Nudge sent to 2 learners." })).toBeVisible();
    expect(await db.nudge.count({ where: { cohortId, toUserId: { in: [ben.id, cai.id] } } })).toBe(3);
    expect(await db.nudge.count({ where: { toUserId: aroha.id } })).toBe(0);
  });
});

test.describe("facilitator: shared reflections", () => {
  test("only shared entries of the cohort's learners appear, as plain text; a reply is saved and shown", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator", { name: "Priya Raman" });
    const cohortId = await seedCohort(db, facilitator);
    const dana = await newUser("learner", { name: "Dana Levi" });
    const outsider = await newUser("learner", { name: "Eve Outsider" });
    await addMember(db, cohortId, dana);
    // Eve is in another cohort, which Dana is in too: what they share there never shows here.
    const elsewhere = await seedCohort(db, await newUser("facilitator", { name: "Other Facilitator" }), "Elsewhere");
    await addMember(db, elsewhere, outsider);
    await addMember(db, elsewhere, dana);
    const lesson = course.lessons.find((l) => l.key === "check-yourself-first/whats-your-part")!;
    const reflection = (userId: string, body: string, sharedWith: string | null) => ({
      id: randomUUID(),
      userId,
      promptId: "whats-your-part",
      lessonKey: lesson.key,
      promptText: "What's your part?",
      body,
      ...(sharedWith ? { shares: { create: { cohortId: sharedWith } } } : {}),
    });
    const shared = reflection(dana.id, "I stopped replying to Sam.\nI <b>never</b> said why.", cohortId);
    await db.reflection.create({ data: shared });
    await db.reflection.create({ data: reflection(dana.id, "PRIVATE-ANSWER kept to myself", null) });
    await db.reflection.create({ data: reflection(dana.id, "DANA-ELSEWHERE shared with the other cohort", elsewhere) });
    await db.reflection.create({ data: reflection(outsider.id, "OUTSIDER-ANSWER shared elsewhere", elsewhere) });

    await page.goto(cohortPath(cohortId, "/reflections"));
    await expect(page.getByRole("heading", { level: 1, name: "Shared with you" })).toBeVisible();
    await expect(main(page)).toContainText("private answers are never shown to you");
    const entries = main(page).getByRole("article");
    await expect(entries).toHaveCount(1);
    const entry = entries.first();
    await expect(entry.getByRole("heading", { level: 2 })).toContainText(`Dana Levi on “${lesson.title}”`);
    await expect(entry).toContainText("What's your part?");
    await expect(entry).toContainText("Shared ");
    const body = entry.getByText("I stopped replying to Sam.");
    await expect(body).toContainText("I <b>never</b> said why.");
    expect(await body.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("pre-wrap");
    expect(await body.evaluate((el) => (el as HTMLElement).innerText)).toContain("Sam.\nI <b>");
    await expect(entry.locator("b")).toHaveCount(0);
    const html = await page.content();
    expect(html).not.toContain("PRIVATE-ANSWER");
    expect(html).not.toContain("OUTSIDER-ANSWER");
    expect(html).not.toContain("DANA-ELSEWHERE");
    await checkBothSchemes(page);

    await entry.getByLabel("Your reply to Dana Levi").fill("Thank you for writing this.\nThat took courage.");
    await entry.getByRole("button", { name: "Send reply" }).click();
    await expect(entry.getByRole("status")).toContainText("Reply sent.");
    await expect(entry.getByRole("heading", { name: "Reply" })).toBeVisible();
    await expect(entry).toContainText("Priya Raman,");
    await expect(entry).toContainText("That took courage.");
    await expect(entry.getByLabel("Your reply to Dana Levi")).toHaveValue("");
    const replies = await db.reflectionReply.findMany({ where: { reflectionId: shared.id } });
    expect(replies.map((r) => ({ authorId: r.authorId, cohortId: r.cohortId, body: r.body }))).toEqual([
      { authorId: facilitator.id, cohortId, body: "Thank you for writing this.\nThat took courage." },
    ]);

    // Un-shared in the meantime: the reply is refused and the text kept.
    await db.reflectionShare.deleteMany({ where: { reflectionId: shared.id } });
    await entry.getByLabel("Your reply to Dana Levi").fill("One more thought.");
    await entry.getByRole("button", { name: "Send reply" }).click();
    await expect(entry.getByRole("alert")).toContainText("This reflection is not shared with you");
    await expect(entry.getByLabel("Your reply to Dana Levi")).toHaveValue("One more thought.");
    expect(await db.reflectionReply.count({ where: { reflectionId: shared.id } })).toBe(1);
    await page.reload();
    await expect(main(page)).toContainText("Nothing has been shared with you yet.");
  });
});

test.describe("facilitator: paging through shared reflections", () => {
  test("fifty at a time with Show older, each entry once; a forged link shows the newest with a note", async ({
    page,
    signedInAs,
    newUser,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator", { name: "Pageant Facilitator" });
    const cohortId = await seedCohort(db, facilitator, `Paging ${randomUUID().slice(0, 6)}`);
    const learner = await newUser("learner", { name: "Pia Pager" });
    await addMember(db, cohortId, learner);
    // 55 shared entries, a dozen of them shared in the same millisecond, around where the first page ends.
    const base = Date.now() - 60 * DAY_MS;
    const sharedAt = (i: number) => new Date(i >= 40 && i < 52 ? base : base + (55 - i) * 60_000);
    const paged = Array.from({ length: 55 }, (_, i) => ({
      id: randomUUID(),
      userId: learner.id,
      promptId: "whats-your-part",
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "What's your part?",
      body: `PAGED-ENTRY-${String(i).padStart(2, "0")}`,
    }));
    await db.reflection.createMany({ data: paged });
    await db.reflectionShare.createMany({
      data: paged.map((entry, i) => ({ reflectionId: entry.id, cohortId, sharedAt: sharedAt(i) })),
    });
    const here = cohortPath(cohortId, "/reflections");
    const bodies = async () =>
      (await main(page).getByRole("article").allInnerTexts()).map((t) => /PAGED-ENTRY-\d\d/.exec(t)?.[0]);

    await page.goto(here);
    await expect(main(page).getByTestId("shared-count")).toHaveText(
      "55 reflections are shared with you. Showing 1–50, the newest.",
    );
    await expect(main(page).getByRole("article")).toHaveCount(50);
    const first = await bodies();
    await expect(main(page).getByRole("link", { name: "Back to the newest" })).toHaveCount(0);

    await main(page).getByRole("link", { name: "Show older" }).click();
    await expect(page).toHaveURL(/\/reflections\?before=\d+\.[\w-]+$/);
    await expect(main(page).getByTestId("shared-count")).toHaveText(
      "55 reflections are shared with you. Showing 51–55, older ones.",
    );
    await expect(main(page).getByRole("article")).toHaveCount(5);
    const second = await bodies();
    await expect(main(page).getByRole("link", { name: "Show older" })).toHaveCount(0);
    // Every entry exactly once across the two pages.
    const seen = [...first, ...second];
    expect(new Set(seen).size).toBe(55);
    expect(seen.every((b) => b !== undefined)).toBe(true);
    // The first entries are the newest; the tied ones are all there.
    expect(first.slice(0, 3)).toEqual(["PAGED-ENTRY-00", "PAGED-ENTRY-01", "PAGED-ENTRY-02"]);
    await expectAccessible(page);

    await main(page).getByRole("link", { name: "Back to the newest" }).click();
    await expect(page).toHaveURL(new RegExp(`${here}$`));
    await expect(main(page).getByRole("article")).toHaveCount(50);

    for (const forged of ["garbage", "123", "1.a%20b", "%00%00"]) {
      const response = await page.goto(`${here}?before=${forged}`);
      expect(response?.status(), forged).toBe(200);
      await expect(main(page).getByRole("alert")).toContainText("Here are the newest reflections instead.");
      await expect(main(page).getByRole("article")).toHaveCount(50);
      expect(await bodies()).toEqual(first);
    }
  });
});

test.describe("facilitator: who may see a cohort", () => {
  test("a facilitator or admin who doesn't run the cohort gets a 404 on every page and the CSV", async ({
    page,
    context,
    signedInAs,
    newUser,
    db,
    app,
  }) => {
    const owner = await newUser("facilitator");
    const cohortId = await seedCohort(db, owner, "Not yours");
    const paths = ["", "/assignments", "/invitations", "/nudges", "/reflections", "/settings"].map((p) =>
      cohortPath(cohortId, p),
    );
    for (const role of ["facilitator", "admin"] as const) {
      await context.clearCookies();
      await signedInAs(role);
      for (const path of [...paths, cohortPath("no-such-cohort")]) {
        const response = await page.goto(path);
        expect(response?.status(), `${role} on ${path}`).toBe(404);
        await expect(page.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();
        await expect(main(page)).not.toContainText("Not yours");
      }
      const csv = await page.request.get(cohortPath(cohortId, "/progress.csv"));
      expect(csv.status()).toBe(404);
      expect(await csv.text()).not.toContain("Learner");
      await page.goto("/facilitator");
      await expect(main(page)).not.toContainText("Not yours");
    }

    // Signed out: the pages ask to sign in; the CSV answers 401.
    await context.clearCookies();
    await page.goto(paths[0]!);
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);
    const signedOut = await page.request.get(`${app.url}${cohortPath(cohortId, "/progress.csv")}`);
    expect(signedOut.status()).toBe(401);
    expect(signedOut.headers()["content-type"]).toContain("application/json");
  });

  test("a learner gets the friendly 403 page", async ({ page, signedInAs, newUser, db }) => {
    await signedInAs("learner");
    const owner = await newUser("facilitator");
    const cohortId = await seedCohort(db, owner);
    for (const path of ["/facilitator", cohortPath(cohortId), cohortPath(cohortId, "/settings")]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "This page isn’t open to your account" })).toBeVisible();
    }
    const csv = await page.request.get(cohortPath(cohortId, "/progress.csv"));
    expect(csv.status()).toBe(404);
  });

  test("adding a co-facilitator by email lets them see the cohort", async ({
    page,
    context,
    signedInAs,
    newUser,
    db,
    app,
  }) => {
    const owner = await signedInAs("facilitator", { name: "Priya Raman" });
    const cohortId = await seedCohort(db, owner, "Shared care");
    const colleague = await newUser("facilitator", { name: "Sam Tran" });
    const learner = await newUser("learner", { name: "Lee Learner" });
    await page.goto(cohortPath(cohortId, "/settings"));
    await expect(main(page).getByRole("list", { name: "Facilitators of this cohort" })).toContainText(
      "A cohort needs at least one facilitator.",
    );
    await checkBothSchemes(page);

    const email = page.getByLabel("Add co-facilitator by email");
    await email.fill(learner.email);
    await page.getByRole("button", { name: "Add co-facilitator" }).click();
    // Changed with issue 10: the message no longer names the person or says that the
    // address has an account; a learner, a disabled account and no account read the same.
    const noFacilitator = (address: string) => `There is no facilitator with the email ${address}.`;
    await expect(main(page).getByRole("alert")).toContainText(noFacilitator(learner.email));
    await expect(main(page).getByRole("alert")).not.toContainText("Lee Learner");
    await expect(email).toHaveValue(learner.email);
    await email.fill("nobody-at-all@example.org");
    await page.getByRole("button", { name: "Add co-facilitator" }).click();
    await expect(main(page).getByRole("alert")).toContainText(noFacilitator("nobody-at-all@example.org"));

    await email.fill(colleague.email.toUpperCase());
    await page.getByRole("button", { name: "Add co-facilitator" }).click();
    await expect(
      main(page).getByRole("status").filter({ hasText: "Sam Tran now facilitates this cohort with you." }),
    ).toBeVisible();
    const list = main(page).getByRole("list", { name: "Facilitators of this cohort" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await expect(list.getByRole("button", { name: "Remove Sam Tran as a facilitator" })).toBeVisible();

    await context.clearCookies();
    await signInAs(context, app.url, db, colleague);
    await page.goto("/facilitator");
    await main(page).getByRole("link", { name: "Shared care" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Shared care" })).toBeVisible();
    await expect(main(page)).toContainText("Facilitated by Priya Raman, Sam Tran");
  });

  test("archiving asks for confirmation, then shows the banner; unarchiving removes it", async ({
    page,
    signedInAs,
    db,
  }) => {
    const facilitator = await signedInAs("facilitator");
    const cohortId = await seedCohort(db, facilitator, "Winter group");
    await page.goto(cohortPath(cohortId, "/settings"));

    await page.getByRole("button", { name: "Archive cohort" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Please check the highlighted fields.");
    await expect(main(page)).toContainText("Tick the box to confirm");
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).archivedAt).toBeNull();

    // By keyboard: focus the box, tick it with Space, submit.
    await page.getByRole("checkbox", { name: "Yes, archive this cohort" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Archive cohort" }).focus();
    await page.keyboard.press("Enter");
    await expect(main(page).getByRole("note")).toContainText("This cohort is archived.");
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).archivedAt).not.toBeNull();
    await checkBothSchemes(page);

    await page.goto(cohortPath(cohortId));
    await expect(main(page).getByRole("note")).toContainText("This cohort is archived.");
    await page.goto("/facilitator");
    await expect(main(page).getByRole("listitem").filter({ hasText: "Winter group" })).toContainText("Archived");

    await page.goto(cohortPath(cohortId, "/settings"));
    await page.getByRole("button", { name: "Unarchive cohort" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "The cohort is active again." })).toBeVisible();
    await expect(main(page).getByRole("note")).toHaveCount(0);
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).archivedAt).toBeNull();
  });

  test("editing the name and description", async ({ page, signedInAs, db }) => {
    const facilitator = await signedInAs("facilitator");
    const cohortId = await seedCohort(db, facilitator, "Old name");
    await page.goto(cohortPath(cohortId, "/settings"));
    await page.getByLabel("Name", { exact: true }).fill("New name");
    await page.getByLabel("Description (optional)").fill("For the autumn intake.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    expect(
      await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { name: true, description: true } }),
    ).toEqual({
      name: "New name",
      description: "For the autumn intake.",
    });
    await page.getByRole("link", { name: "Overview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New name" })).toBeVisible();
    await expect(main(page)).toContainText("For the autumn intake.");
  });
});
