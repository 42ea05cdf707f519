import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { Db } from "../../lib/db/client";
import { getPrompts } from "../../lib/course/prompts";
import { expect, expectAccessible, test } from "./support/fixtures";
import { signInAccountKey } from "../../lib/auth/rate-limit-keys";
import { signInAs } from "./support/session";

const prompts = getPrompts();
const WHATS_YOUR_PART = prompts.get("whats-your-part")!;

/** `sharedWith`: the id of a cohort the answer is shared with. */
type Seed = { at?: Date; sharedWith?: string; revisions?: { body: string; savedAt: Date }[] };

/** Writes an answer straight into the database, as the save endpoint would have. */
async function seed(db: Db, userId: string, promptId: string, body: string, options: Seed = {}): Promise<string> {
  const prompt = prompts.get(promptId);
  const id = randomUUID();
  const at = options.at ?? new Date("2026-03-01T10:00:00Z");
  await db.reflection.create({
    data: {
      id,
      userId,
      promptId,
      lessonKey: prompt?.lesson.key ?? "gone-module/gone-lesson",
      promptText: prompt?.prompt ?? "A question that was removed",
      body,
      version: (options.revisions?.length ?? 0) + 1,
      ...(options.sharedWith ? { shares: { create: { cohortId: options.sharedWith, sharedAt: at } } } : {}),
      createdAt: at,
      updatedAt: at,
    },
  });
  for (const [index, revision] of (options.revisions ?? []).entries()) {
    await db.reflectionRevision.create({ data: { reflectionId: id, version: index + 1, ...revision } });
  }
  return id;
}

/** A cohort with `learnerId` in it, run by Priya Raman unless said otherwise (and, if asked, archived). */
async function cohortOf(
  db: Db,
  learnerId: string,
  { name = "Support team", facilitator = "Priya Raman", archived = false } = {},
): Promise<string> {
  const runner = await db.user.create({
    data: { id: randomUUID(), name: facilitator, email: `f-${randomUUID()}@test.example.org`, role: "facilitator" },
  });
  const cohort = await db.cohort.create({
    data: {
      name,
      archivedAt: archived ? new Date() : null,
      facilitators: { create: { userId: runner.id } },
      members: { create: { userId: learnerId } },
    },
    select: { id: true },
  });
  return cohort.id;
}

/** axe in the light and the dark theme; leaves the page in the light one. */
async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ["dark", "light"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
}

test.describe("the journal", () => {
  test("is for signed-in learners only", async ({ page, request }) => {
    await page.goto("/journal");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fjournal$/);
    const response = await request.get("/api/journal/export?format=json");
    expect(response.status()).toBe(401);
  });

  test("lists a learner's answers by module, lesson and question, with their dates", async ({
    page,
    db,
    signedInAs,
    newUser,
  }) => {
    const learner = await signedInAs("learner");
    const other = await newUser("learner");
    const archived = await cohortOf(db, learner.id, { name: "Old team", archived: true });
    await seed(db, learner.id, "whats-your-part", "I went quiet in the planning meeting.", {
      at: new Date("2026-03-01T10:00:00Z"),
    });
    await seed(db, learner.id, "whats-your-part", "I took the credit\nand never said thank you.", {
      at: new Date("2026-03-08T10:00:00Z"),
    });
    await seed(db, learner.id, "small-things-that-built-trust", "She always kept my deadlines in mind.", {
      sharedWith: archived,
    });
    await seed(db, other.id, "whats-your-part", "Someone else's very private words.");

    await page.goto("/");
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your journal" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "Module 1: Trust is fragile" })).toBeVisible();
    await expect(main.getByRole("heading", { level: 2, name: "Module 2: Check yourself first" })).toBeVisible();
    await expect(main.getByRole("heading", { level: 3, name: WHATS_YOUR_PART.lesson.title })).toBeVisible();
    const question = main.getByRole("heading", { level: 4, name: "What's your part?" });
    await expect(question.getByRole("link")).toHaveAttribute("href", "/journal/prompt/whats-your-part");

    // Newest first within the question, each with its date and who can see it.
    const entries = main.getByRole("listitem").filter({ has: page.locator("time") });
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(1)).toContainText("I took the credit");
    await expect(entries.nth(1).locator("time")).toHaveAttribute("datetime", "2026-03-08T10:00:00.000Z");
    await expect(entries.nth(1).locator("time")).toHaveText("March 8, 2026 at 10:00 UTC");
    await expect(entries.nth(1)).toContainText("Only you can see this.");
    await expect(entries.nth(2)).toContainText("I went quiet in the planning meeting.");
    await expect(entries.nth(0)).toContainText(
      "Shared with Old team, but no one else can see it for now: the cohort is archived.",
    );
    // Line breaks are kept.
    await expect(entries.nth(1).getByText(/I took the credit/)).toHaveCSS("white-space", "pre-wrap");
    await expect(main).not.toContainText("Someone else's very private words.");
    await expectAccessibleInBothThemes(page);
  });

  test("an empty journal points to the course", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    await page.goto("/journal");
    await expect(page.getByText("Your journal is empty for now.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Go to the course" })).toHaveAttribute(
      "href",
      "/learn",
    );
    await expectAccessibleInBothThemes(page);
  });

  test("search, filters and the timeline show only the learner's own answers", async ({
    page,
    db,
    signedInAs,
    newUser,
  }) => {
    const learner = await signedInAs("learner");
    const other = await newUser("learner");
    await seed(db, learner.id, "whats-your-part", "I moved the Budget review without asking anyone.", {
      at: new Date("2026-03-02T10:00:00Z"),
    });
    await seed(db, learner.id, "small-things-that-built-trust", "He brought coffee on my first day.", {
      at: new Date("2026-04-05T10:00:00Z"),
      sharedWith: await cohortOf(db, learner.id),
    });
    await seed(db, other.id, "whats-your-part", "The budget is my secret worry.");

    await page.goto("/journal");
    const main = page.getByRole("main");
    await page.getByLabel("Search your answers").fill("budget");
    await page.getByRole("button", { name: "Show answers" }).click();
    await expect(page).toHaveURL(/[?&]q=budget/);
    await expect(main.getByText("I moved the Budget review without asking anyone.")).toBeVisible();
    await expect(main).not.toContainText("He brought coffee");
    await expect(main).not.toContainText("my secret worry");
    await expect(page.getByLabel("Search your answers")).toHaveValue("budget");

    await page.getByLabel("Search your answers").fill("secret");
    await page.getByRole("button", { name: "Show answers" }).click();
    await expect(main.getByText("No answers match your search.")).toBeVisible();
    await main.getByRole("link", { name: "Clear search and filters" }).first().click();
    await expect(page).toHaveURL(/\/journal$/);

    await page.getByLabel("Module", { exact: true }).selectOption("trust-is-fragile");
    await page.getByRole("button", { name: "Show answers" }).click();
    await expect(main.getByText("He brought coffee on my first day.")).toBeVisible();
    await expect(main).not.toContainText("Budget review");

    await page.getByLabel("Module", { exact: true }).selectOption("");
    await page.getByLabel("Who can see them").selectOption("private");
    await page.getByRole("button", { name: "Show answers" }).click();
    await expect(main.getByText("I moved the Budget review")).toBeVisible();
    await expect(main).not.toContainText("He brought coffee");
    await page.getByLabel("Who can see them").selectOption("shared");
    await page.getByRole("button", { name: "Show answers" }).click();
    await expect(main.getByText("He brought coffee")).toBeVisible();
    await expect(main).not.toContainText("Budget review");

    // The timeline keeps the filters; newest first, under its month.
    await page.getByRole("link", { name: "Timeline" }).click();
    await expect(page.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "By lesson" })).not.toHaveAttribute("aria-current", "page");
    await expect(main.getByText("He brought coffee")).toBeVisible();
    await expect(main).not.toContainText("Budget review");
    await page.getByLabel("Who can see them").selectOption("all");
    await page.getByRole("button", { name: "Show answers" }).click();
    await expect(page).toHaveURL(/view=timeline/);
    const months = main.getByRole("heading", { level: 2 });
    await expect(months.first()).toHaveText("April 2026");
    await expect(months.nth(1)).toHaveText("March 2026");
    await expect(main).not.toContainText("my secret worry");
    await expectAccessibleInBothThemes(page);
  });

  test("pages through more than 30 answers", async ({ page, db, signedInAs }) => {
    const learner = await signedInAs("learner");
    const ids = [...prompts.keys()];
    const start = Date.UTC(2026, 0, 1);
    await db.reflection.createMany({
      data: Array.from({ length: 35 }, (_, i) => {
        const prompt = prompts.get(ids[i % ids.length]!)!;
        const at = new Date(start + i * 60 * 60 * 1000);
        return {
          id: randomUUID(),
          userId: learner.id,
          promptId: prompt.id,
          lessonKey: prompt.lesson.key,
          promptText: prompt.prompt,
          body: `Answer number ${i + 1}.`,
          createdAt: at,
          updatedAt: at,
        };
      }),
    });
    await page.goto("/journal");
    const main = page.getByRole("main");
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    const answers = main.getByText(/^Answer number \d+\.$/);
    await expect(pagination.getByText("Page 1 of 2")).toBeVisible();
    await expect(answers).toHaveCount(30);
    await expect(pagination.getByRole("link", { name: /Previous/ })).toHaveCount(0);
    await pagination.getByRole("link", { name: /Next/ }).click();
    await expect(pagination.getByText("Page 2 of 2")).toBeVisible();
    await expect(answers).toHaveCount(5);
    await expect(pagination.getByRole("link", { name: /Next/ })).toHaveCount(0);
    await pagination.getByRole("link", { name: /Previous/ }).click();
    await expect(pagination.getByText("Page 1 of 2")).toBeVisible();

    await page.goto("/journal?view=timeline&page=2");
    await expect(pagination.getByText("Page 2 of 2")).toBeVisible();
    // Newest first, so the last page holds the five oldest.
    await expect(answers).toHaveText([
      "Answer number 5.",
      "Answer number 4.",
      "Answer number 3.",
      "Answer number 2.",
      "Answer number 1.",
    ]);
  });

  test("a question's page shows every answer side by side, with earlier versions", async ({ page, db, signedInAs }) => {
    const learner = await signedInAs("learner");
    await seed(db, learner.id, "whats-your-part", "In March I thought it was all on them.", {
      at: new Date("2026-03-01T10:00:00Z"),
      revisions: [{ body: "It was all on them.", savedAt: new Date("2026-03-01T09:00:00Z") }],
    });
    await seed(db, learner.id, "whats-your-part", "A week later I can see my part.", {
      at: new Date("2026-03-08T10:00:00Z"),
    });

    await page.goto("/journal/prompt/whats-your-part");
    await expect(page).toHaveTitle(/^Your answers: What's your part\? · It Takes Two$/);
    await expect(page.getByRole("heading", { level: 1, name: "What's your part?" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Answer again" })).toHaveAttribute(
      "href",
      `${WHATS_YOUR_PART.lesson.href}#reflection-whats-your-part`,
    );
    const latest = page.getByRole("article", { name: "Latest answer, March 8, 2026" });
    const earlier = page.getByRole("article", { name: "Answer from March 1, 2026" });
    await expect(latest).toContainText("A week later I can see my part.");
    await expect(earlier).toContainText("In March I thought it was all on them.");
    // Side by side: the latest on the left, the earlier one beside it.
    const [left, right] = [await latest.boundingBox(), await earlier.boundingBox()];
    expect(left && right && right.x > left.x + left.width - 1 && Math.abs(right.y - left.y) < 2).toBe(true);

    await expect(latest.getByText(/^Earlier versions \(\d+\)$/)).toHaveCount(0);
    await earlier.getByText("Earlier versions (1)").click();
    await expect(earlier.getByText("It was all on them.", { exact: true })).toBeVisible();
    await expect(earlier.locator("time[datetime='2026-03-01T09:00:00.000Z']")).toBeVisible();
    await expectAccessibleInBothThemes(page);

    // On a phone the answers stack, newest on top.
    await page.setViewportSize({ width: 390, height: 844 });
    const [top, below] = [await latest.boundingBox(), await earlier.boundingBox()];
    expect(top && below && below.y > top.y + top.height - 1).toBe(true);
  });

  test("a question not answered yet: its page sends the learner to answer it in its lesson", async ({
    page,
    signedInAs,
  }) => {
    await signedInAs("learner");
    await page.goto("/journal/prompt/whats-your-part");
    await expect(page.getByText("You haven’t answered this question yet.")).toBeVisible();
    // Nothing to answer "again": the button says where the answer is written.
    await expect(page.getByRole("link", { name: "Answer again" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Answer it in the lesson" })).toHaveAttribute(
      "href",
      `${WHATS_YOUR_PART.lesson.href}#reflection-whats-your-part`,
    );
    await expect(page.getByText(`The question is part of “${WHATS_YOUR_PART.lesson.title}”`)).toBeVisible();
  });

  test("sharing and unsharing an answer on its question's page names who can see it and is stored", async ({
    page,
    db,
    signedInAs,
  }) => {
    const learner = await signedInAs("learner");
    const cohortId = await cohortOf(db, learner.id);
    const id = await seed(db, learner.id, "whats-your-part", "My part is that I stopped asking.");
    const shares = async () =>
      (await db.reflectionShare.findMany({ where: { reflectionId: id }, select: { cohortId: true } })).map(
        (s) => s.cohortId,
      );

    await page.goto("/journal/prompt/whats-your-part");
    const answer = page.getByRole("article", { name: /^Latest answer/ });
    await expect(answer.getByText("Only you can see this.", { exact: true })).toBeVisible();
    // "Share…" only opens a confirmation that names who will read it; nothing is shared yet.
    const confirm = answer.getByRole("button", { name: "Yes, share with Support team" });
    await expect(confirm).toBeHidden();
    await answer.getByText("Share with Support team…").click();
    await expect(answer.getByText("Share this answer with Support team?")).toBeVisible();
    await expect(answer.getByText("Priya Raman (its facilitator) will be able to read it and reply.")).toBeVisible();
    expect(await shares()).toEqual([]);
    // "Not now" closes it and shares nothing.
    await answer.getByRole("button", { name: "Not now" }).click();
    await expect(confirm).toBeHidden();
    expect(await shares()).toEqual([]);

    await answer.getByText("Share with Support team…").click();
    await expectAccessible(page);
    await confirm.click();
    await expect(answer.getByRole("status").filter({ hasText: "Shared" })).toHaveText(
      "Shared with Support team. Priya Raman can read it now.",
    );
    await expect(
      answer.getByText("You and Priya Raman (facilitator of Support team) can see this.", { exact: true }),
    ).toBeVisible();
    await expect.poll(shares).toEqual([cohortId]);

    // Stopping is one step, and says who can see it now.
    await answer.getByRole("button", { name: /^Stop sharing/ }).click();
    await expect(answer.getByRole("status").filter({ hasText: "No longer shared" })).toHaveText(
      "No longer shared. Only you can see this answer now.",
    );
    await expect(answer.getByText("Only you can see this.", { exact: true })).toBeVisible();
    await expect.poll(shares).toEqual([]);

    await page.goto("/journal");
    await expect(page.getByRole("main").getByText("Only you can see this.", { exact: true })).toBeVisible();
  });

  test("in the journal and its timeline: choose one of several cohorts, each naming its facilitators", async ({
    page,
    db,
    signedInAs,
  }) => {
    const learner = await signedInAs("learner");
    const support = await cohortOf(db, learner.id);
    const leads = await cohortOf(db, learner.id, { name: "Leads", facilitator: "Ana Silva" });
    await cohortOf(db, learner.id, { name: "Old team", archived: true });
    const id = await seed(db, learner.id, "whats-your-part", "I let the rota slip and said nothing.");
    const shares = async () =>
      (await db.reflectionShare.findMany({ where: { reflectionId: id }, select: { cohortId: true } }))
        .map((s) => s.cohortId)
        .sort();

    await page.goto("/journal");
    const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: "I let the rota slip" });
    await entry.getByText("Share…").click();
    const choice = entry.getByRole("group", { name: "Who should be able to read it?" });
    // Only cohorts that are running: the archived one is not offered.
    await expect(choice.getByRole("radio")).toHaveCount(2);
    await expect(choice.getByRole("radio", { name: "Support team" })).toHaveAccessibleDescription(
      "Priya Raman (its facilitator) will be able to read it and reply.",
    );
    await expectAccessible(page);
    await expect(choice.getByRole("radio", { name: "Leads" })).toHaveAccessibleDescription(
      "Ana Silva (its facilitator) will be able to read it and reply.",
    );
    await choice.getByRole("radio", { name: "Leads" }).check();
    await entry.getByRole("button", { name: "Share this answer" }).click();
    await expect(entry.getByRole("status").filter({ hasText: "Shared" })).toHaveText(
      "Shared with Leads. Ana Silva can read it now.",
    );
    await expect(entry).toContainText("You and Ana Silva (facilitator of Leads) can see this.");
    await expect.poll(shares).toEqual([leads]);

    // The timeline offers the one cohort left, and can stop sharing with one cohort or both.
    await page.goto("/journal?view=timeline");
    const item = page.getByRole("main").getByRole("listitem").filter({ hasText: "I let the rota slip" });
    await item.getByText("Share with another cohort…").click();
    await item.getByRole("button", { name: "Yes, share with Support team" }).click();
    await expect(item).toContainText(
      "You, Priya Raman (facilitator of Support team) and Ana Silva (facilitator of Leads) can see this.",
    );
    await expect.poll(shares).toEqual([support, leads].sort());
    await item.getByRole("button", { name: /^Stop sharing with Leads/ }).click();
    await expect(item.getByRole("status").filter({ hasText: "Stopped" })).toHaveText(
      "Stopped sharing with Leads. Its facilitators can no longer read this answer.",
    );
    await expect(item).toContainText("You and Priya Raman (facilitator of Support team) can see this.");
    await expect.poll(shares).toEqual([support]);
    await item.getByRole("button", { name: /^Stop sharing/ }).click();
    await expect(item.getByRole("status").filter({ hasText: "No longer" })).toHaveText(
      "No longer shared. Only you can see this answer now.",
    );
    await expect.poll(shares).toEqual([]);
    await expectAccessibleInBothThemes(page);
  });

  test("without JavaScript: share from the journal and stop sharing, by plain form posts", async ({
    browser,
    app,
    db,
    newUser,
  }) => {
    const learner = await newUser("learner");
    const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false });
    await signInAs(context, app.url, db, learner);
    const page = await context.newPage();
    try {
      const support = await cohortOf(db, learner.id);
      await cohortOf(db, learner.id, { name: "Leads", facilitator: "Ana Silva" });
      const id = await seed(db, learner.id, "whats-your-part", "Written for a page with no scripts.");
      const shares = async () =>
        (await db.reflectionShare.findMany({ where: { reflectionId: id }, select: { cohortId: true } })).map(
          (s) => s.cohortId,
        );

      await page.goto("/journal");
      const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: "Written for a page" });
      await entry.getByText("Share…").click();
      // The journal draws each answer's confirmation only when asked (decision 063): with no
      // script, opening "Share…" offers a link to the same page with this one drawn open.
      await entry.getByRole("link", { name: "Choose who can read it" }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]share=${id}#answer-${id}$`));
      // "Not now" is a link there: back to the journal at this answer, nothing drawn open or shared.
      await entry.getByRole("link", { name: "Not now" }).click();
      await expect(page).toHaveURL(new RegExp(`/journal#answer-${id}$`));
      await expect(entry.getByRole("button", { name: "Share this answer" })).toHaveCount(0);
      expect(await shares()).toEqual([]);
      await entry.getByText("Share…").click();
      await entry.getByRole("link", { name: "Choose who can read it" }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]share=${id}#answer-${id}$`));
      // No choice made: the browser asks for one before anything is sent.
      await entry.getByRole("button", { name: "Share this answer" }).click();
      expect(await shares()).toEqual([]);
      await entry.getByRole("radio", { name: "Support team" }).check();
      await entry.getByRole("button", { name: "Share this answer" }).click();
      await expect(page.getByText("Shared with Support team. Priya Raman can read it now.")).toBeVisible();
      await expect(page.getByText("You and Priya Raman (facilitator of Support team) can see this.")).toBeVisible();
      expect(await shares()).toEqual([support]);

      await page
        .getByRole("main")
        .getByRole("listitem")
        .filter({ hasText: "Written for a page" })
        .getByRole("button", { name: /^Stop sharing/ })
        .click();
      await expect(page.getByText("No longer shared. Only you can see this answer now.")).toBeVisible();
      expect(await shares()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("with no cohort, sharing says it needs one and offers no button that cannot work", async ({
    page,
    db,
    signedInAs,
  }) => {
    const learner = await signedInAs("learner");
    await seed(db, learner.id, "whats-your-part", "Nobody to share this with yet.");
    await page.goto("/journal/prompt/whats-your-part");
    const answer = page.getByRole("article", { name: /^Latest answer/ });
    await expect(answer.getByText(/^Sharing needs a cohort\./)).toBeVisible();
    await expect(answer.getByText(/^Share/)).toHaveCount(0);
    await expect(answer.getByRole("button", { name: /share/i })).toHaveCount(0);
  });

  test("deleting one answer takes a second, explicit step and works by keyboard", async ({ page, db, signedInAs }) => {
    const learner = await signedInAs("learner");
    const keep = await seed(db, learner.id, "whats-your-part", "The answer I keep.", {
      at: new Date("2026-03-08T10:00:00Z"),
    });
    const remove = await seed(db, learner.id, "whats-your-part", "The answer I delete.", {
      at: new Date("2026-03-01T10:00:00Z"),
      revisions: [{ body: "Its first draft.", savedAt: new Date("2026-03-01T09:00:00Z") }],
    });

    await page.goto("/journal/prompt/whats-your-part");
    const answer = page.getByRole("article", { name: "Answer from March 1, 2026" });
    const confirm = answer.getByRole("button", { name: "Yes, delete this answer" });
    await expect(confirm).toBeHidden();

    // Changing one's mind closes it again and deletes nothing.
    await answer.locator("summary", { hasText: "Delete this answer" }).click();
    await expect(confirm).toBeVisible();
    await answer.getByRole("button", { name: "Keep it" }).click();
    await expect(confirm).toBeHidden();
    expect(await db.reflection.count({ where: { id: remove } })).toBe(1);

    // By keyboard: open the confirmation, then confirm.
    await answer.locator("summary", { hasText: "Delete this answer" }).focus();
    await page.keyboard.press("Enter");
    await expect(confirm).toBeVisible();
    await confirm.focus();
    await expectAccessible(page);
    await page.keyboard.press("Enter");

    await expect(
      page.getByRole("main").getByRole("status").filter({ hasText: "Your answer was deleted." }),
    ).toBeVisible();
    // The redirect is a client-side navigation; let its title arrive before axe looks.
    await expect(page).toHaveTitle(/^Your answers: What's your part\? · It Takes Two$/);
    await expect(page.getByRole("main")).not.toContainText("The answer I delete.");
    await expect(page.getByRole("article", { name: /^Latest answer/ })).toContainText("The answer I keep.");
    expect(await db.reflection.count({ where: { id: remove } })).toBe(0);
    expect(await db.reflectionRevision.count({ where: { reflectionId: remove } })).toBe(0);
    expect(await db.reflection.count({ where: { id: keep } })).toBe(1);
  });

  test("exports download as Markdown and JSON, with only the learner's own answers", async ({
    page,
    db,
    signedInAs,
    newUser,
  }) => {
    const learner = await signedInAs("learner", { name: "Robin Export" });
    const other = await newUser("learner");
    await seed(db, learner.id, "whats-your-part", "# My part\nI interrupted her, twice.", {
      sharedWith: await cohortOf(db, learner.id),
    });
    await seed(db, other.id, "whats-your-part", "Another learner's words stay theirs.");

    await page.goto("/journal");
    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download as Markdown" }).click(),
    ]);
    expect(markdown.suggestedFilename()).toMatch(/^it-takes-two-journal-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await readFile(await markdown.path(), "utf8");
    expect(text).toContain("# Your journal from It Takes Two");
    expect(text).toContain("Robin Export");
    expect(text).toContain("> \\# My part  \n> I interrupted her, twice.");
    expect(text).toContain("You and Priya Raman (facilitator of Support team) can see this.");
    expect(text).not.toContain("Another learner's words");

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download as JSON" }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^it-takes-two-journal-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await json.path(), "utf8")) as {
      learner: { email: string };
      entries: { body: string; shared: boolean; sharedWith: { cohort: string; sharedAt: string }[] }[];
    };
    expect(data.learner.email).toBe(learner.email);
    expect(data.entries).toEqual([
      expect.objectContaining({
        body: "# My part\nI interrupted her, twice.",
        shared: true,
        sharedWith: [{ cohort: "Support team", sharedAt: "2026-03-01T10:00:00.000Z" }],
      }),
    ]);

    const response = await page.request.get("/api/journal/export?format=json");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="it-takes-two-journal-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");

    const bad = await page.request.get("/api/journal/export?format=pdf");
    expect(bad.status()).toBe(422);
    expect(((await bad.json()) as { error: string }).error).toBe(
      "Choose a format: format=md for Markdown or format=json for JSON.",
    );
  });

  test("another learner sees none of it, anywhere", async ({ page, db, signedInAs, newUser }) => {
    const owner = await newUser("learner");
    await seed(db, owner.id, "whats-your-part", "Only the owner may read this.");
    await seed(db, owner.id, "a-removed-question", "An answer to a question that was removed.");

    const stranger = await signedInAs("learner");
    await seed(db, stranger.id, "whats-your-part", "The stranger's own answer.");
    await page.goto("/journal");
    await expect(page.getByRole("main").getByText("The stranger's own answer.")).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("Only the owner may read this.");
    await page.getByLabel("Search your answers").fill("owner");
    await page.getByRole("button", { name: "Show answers" }).click();
    await expect(page.getByRole("main").getByText("No answers match your search.")).toBeVisible();

    await page.goto("/journal/prompt/whats-your-part");
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("main")).not.toContainText("Only the owner may read this.");

    const removed = await page.goto("/journal/prompt/a-removed-question");
    expect(removed?.status()).toBe(404);
    await expect(page.getByRole("main")).not.toContainText("An answer to a question that was removed.");

    await page.goto("/journal/print");
    await expect(page.getByRole("main")).not.toContainText("Only the owner may read this.");

    const exported = await (await page.request.get("/api/journal/export?format=md")).text();
    expect(exported).toContain("The stranger's own answer.");
    expect(exported).not.toContain("Only the owner may read this.");
    expect(exported).not.toContain("An answer to a question that was removed.");
  });

  test("an answer that looks like HTML is shown as text", async ({ page, db, signedInAs }) => {
    const learner = await signedInAs("learner");
    const hostile = "<img src=x onerror=alert(1)>";
    await seed(db, learner.id, "whats-your-part", hostile);
    page.on("dialog", (dialog) => {
      throw new Error(`A dialog opened: ${dialog.message()}`);
    });
    for (const path of ["/journal", "/journal?view=timeline", "/journal/prompt/whats-your-part", "/journal/print"]) {
      await page.goto(path);
      await expect(page.getByRole("main").getByText(hostile, { exact: true })).toBeVisible();
      await expect(page.getByRole("main").locator("img")).toHaveCount(0);
    }
  });

  test("the print view holds every answer and prints without the site's chrome", async ({ page, db, signedInAs }) => {
    const learner = await signedInAs("learner");
    await seed(db, learner.id, "whats-your-part", "Printed answer one.");
    await seed(db, learner.id, "plan-first-step", "Printed answer two.", {
      sharedWith: await cohortOf(db, learner.id),
    });

    await page.goto("/journal");
    await page.getByRole("link", { name: "Print view" }).click();
    await expect(page).toHaveURL(/\/journal\/print$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your journal" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByText("Printed answer one.")).toBeVisible();
    await expect(main.getByText("Printed answer two.")).toBeVisible();
    await expect(main.getByRole("heading", { level: 2, name: "Module 4: Your turn" })).toBeVisible();
    await expect(main.getByText("You and Priya Raman (facilitator of Support team) can see this.")).toBeVisible();
    // The printout has no sharing buttons.
    await expect(main.getByRole("button", { name: /share/i })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await expectAccessibleInBothThemes(page);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(main.getByText("Printed answer one.")).toBeVisible();
    await page.emulateMedia({ media: "screen" });
  });

  test("deleting all answers needs DELETE typed, and leaves other learners' answers", async ({
    page,
    db,
    signedInAs,
    newUser,
  }) => {
    const learner = await signedInAs("learner");
    const other = await newUser("learner");
    for (const body of ["One", "Two", "Three"]) await seed(db, learner.id, "whats-your-part", body);
    await seed(db, other.id, "whats-your-part", "Other learner's answer.");

    await page.goto("/journal");
    await page.getByRole("link", { name: "Delete all my answers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Delete all your answers" })).toBeVisible();
    await expect(page.getByText("You have 3 answers in your journal")).toBeVisible();
    await expectAccessibleInBothThemes(page);

    await page.getByLabel("Type DELETE to confirm").fill("delete");
    await page.getByRole("button", { name: "Delete all my answers" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Please check the highlighted fields.");
    await expect(page.getByText("Type DELETE in capital letters to confirm. Nothing has been deleted.")).toBeVisible();
    expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(3);

    await page.getByLabel("Type DELETE to confirm").fill("DELETE");
    await page.getByRole("button", { name: "Delete all my answers" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Deleted all 3 of your answers, with their earlier versions. Your journal is empty now.",
    );
    expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(0);
    expect(await db.reflection.count({ where: { userId: other.id } })).toBe(1);
    await page.goto("/journal");
    await expect(page.getByText("Your journal is empty for now.")).toBeVisible();
  });

  test("deleting the account removes the person and everything of theirs, and signs them out", async ({
    page,
    db,
    signedInAs,
    newUser,
  }) => {
    const learner = await signedInAs("learner");
    const other = await newUser("learner");
    const answer = await seed(db, learner.id, "whats-your-part", "Soon to be gone.", {
      revisions: [{ body: "Gone too.", savedAt: new Date("2026-03-01T09:00:00Z") }],
    });
    await seed(db, other.id, "whats-your-part", "Other learner stays.");
    await db.lessonProgress.create({ data: { userId: learner.id, lessonKey: WHATS_YOUR_PART.lesson.key } });

    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 2, name: "Your data" })).toBeVisible();
    await page.getByRole("link", { name: "Delete my account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Delete your account" })).toBeVisible();
    await expectAccessibleInBothThemes(page);
    // Unsent answers this browser keeps for the account go too; other people's stay.
    await expect(page.getByRole("link", { name: "Journal", exact: true })).toBeVisible();
    await page.evaluate(
      ([mine, theirs]) => {
        const draft = (owner: string, promptId: string) =>
          JSON.stringify({
            entryId: crypto.randomUUID(),
            promptId,
            lessonKey: "x/y",
            promptText: "Q",
            body: "Unsent",
            baseVersion: 0,
            owner,
            updatedAt: Date.now(),
          });
        localStorage.setItem("itt:draft:not-in-the-course", draft(mine!, "not-in-the-course"));
        localStorage.setItem("itt:draft:someone-elses", draft(theirs!, "someone-elses"));
      },
      [learner.id, other.id],
    );

    await page.getByLabel("Type your email address to confirm").fill("not-me@example.org");
    await page.getByRole("button", { name: "Delete my account and everything in it" }).click();
    await expect(page.getByText("That isn't the email address of this account.").first()).toBeVisible();
    expect(await db.user.count({ where: { id: learner.id } })).toBe(1);

    await page.getByLabel("Type your email address to confirm").fill(learner.email.toUpperCase());
    await page.getByRole("button", { name: "Delete my account and everything in it" }).click();
    await expect(page).toHaveURL(/\/goodbye$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account is deleted" })).toBeVisible();
    await expect(page).toHaveTitle("Your account is deleted · It Takes Two");
    await expectAccessibleInBothThemes(page);

    expect(await db.user.findUnique({ where: { id: learner.id } })).toBeNull();
    for (const count of [
      db.session.count({ where: { userId: learner.id } }),
      db.account.count({ where: { userId: learner.id } }),
      db.lessonProgress.count({ where: { userId: learner.id } }),
      db.reflection.count({ where: { userId: learner.id } }),
      db.reflectionRevision.count({ where: { reflectionId: answer } }),
      db.rateLimit.count({ where: { key: { contains: learner.email } } }),
      db.signInGuard.count({ where: { accountKey: signInAccountKey(learner.email) } }),
    ]) {
      expect(await count).toBe(0);
    }
    expect(await db.reflection.count({ where: { userId: other.id } })).toBe(1);
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain("itt.session_token");
    await expect.poll(() => page.evaluate(() => localStorage.getItem("itt:draft:not-in-the-course"))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem("itt:draft:someone-elses"))).not.toBeNull();

    await page.goto("/journal");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill(learner.email);
    await page.getByLabel("Password").fill(learner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("don't match an account");
  });
});
