// Module 4's conversation planner: one answer in labeled fields, saved,
// autosaved and versioned like any reflection (docs/decisions/037-conversation-planner.md).
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./support/fixtures";

const LESSON = "/learn/your-turn/build-your-repair-plan";
const PROMPT_ID = "conversation-plan";
const PROMPT = "Plan your conversation: what will you say, what will you ask, and what will you do if it goes badly?";

function planner(page: Page) {
  const root = page.locator(`[data-reflection-editor="${PROMPT_ID}"]`);
  return {
    root,
    field: (label: string) => root.getByRole("textbox", { name: label, exact: true }),
    status: root.getByRole("status"),
  };
}

test("the conversation planner saves its fields as one entry, through a reload and a network cut, into the journal, the exports and the printable plan", async ({
  page,
  context,
  signedInAs,
  db,
}) => {
  const learner = await signedInAs("learner", { name: "Gabe Planner" });
  // Module 3's acknowledgement comes back in the plan lesson; the remedy is not written yet.
  await db.reflection.create({
    data: {
      id: randomUUID(),
      userId: learner.id,
      promptId: "my-acknowledgement",
      lessonKey: "own-your-part/own-it-and-make-it-right",
      promptText: "Write a first draft of how you would acknowledge your part.",
      body: "I blamed your team in the budget meeting, and that was not fair.",
    },
  });

  await page.goto(LESSON);
  const recalled = page.getByRole("region", { name: "Your words from module 3" });
  await expect(recalled.locator('[data-recalled="my-acknowledgement"]')).toContainText(
    "I blamed your team in the budget meeting, and that was not fair.",
  );
  await expect(recalled.locator('[data-recalled="my-remedy"]')).toContainText("Not written yet.");

  const p = planner(page);
  await expect(page.getByRole("region", { name: PROMPT })).toBeVisible();
  await expect(p.field("My opening line")).toBeEnabled();
  await expectAccessible(page);

  await p.field("My opening line").fill("Thanks for making time.\r\nI want to start with my part.");
  await p.field("My part").fill("I blamed your team in the meeting.\n\nMy part:\nAnd I sent codes back with no note.");
  await expect(p.status).toContainText(/Saved at \d/);
  const saved = await db.reflection.findMany({ where: { userId: learner.id, promptId: PROMPT_ID } });
  expect(saved.map((r) => r.body)).toEqual([
    "My opening line:\nThanks for making time.\nI want to start with my part.\n\nMy part:\nI blamed your team in the meeting.\n\n\\My part:\nAnd I sent codes back with no note.",
  ]);
  expect(saved[0]).toMatchObject({ lessonKey: "your-turn/build-your-repair-plan", promptText: PROMPT });

  // A reload gives each field back as typed, the line that reads like a label included.
  await page.reload();
  const again = planner(page);
  await expect(again.field("My opening line")).toHaveValue("Thanks for making time.\nI want to start with my part.");
  await expect(again.field("My part")).toHaveValue(
    "I blamed your team in the meeting.\n\nMy part:\nAnd I sent codes back with no note.",
  );
  await expect(again.field("What I will ask of them")).toHaveValue("");
  await expect(again.status).toContainText("Saved at");

  // The network drops while typing: kept on the device, saved when it is back.
  await context.setOffline(true);
  await again.field("What I will ask of them").fill("A short note when a new buyer starts.");
  await again.field("What I will do if it goes badly").fill("If it turns into blame, I pause and ask to meet again.");
  await expect(again.status).toHaveText("Offline — kept on this device, will retry");
  const kept = await page.evaluate((key) => window.localStorage.getItem(key), `itt:draft:${PROMPT_ID}`);
  expect(kept).toContain("What I will ask of them:\\nA short note when a new buyer starts.");
  expect((await db.reflection.findFirstOrThrow({ where: { id: saved[0]!.id } })).body).not.toContain("new buyer");
  await context.setOffline(false);
  await expect(again.status).toContainText("Saved at");
  const rows = await db.reflection.findMany({ where: { userId: learner.id, promptId: PROMPT_ID } });
  expect(rows).toHaveLength(1);
  const body = rows[0]!.body;
  expect(body).toContain(
    "What I will ask of them:\nA short note when a new buyer starts.\n\nWhat I will do if it goes badly:\nIf it turns into blame, I pause and ask to meet again.",
  );
  await expectAccessible(page);

  // The journal: one entry, its parts under their labels.
  await page.goto("/journal");
  const question = page.getByRole("main").getByRole("heading", { name: PROMPT });
  await expect(question).toBeVisible();
  const entries = page.getByRole("main").getByRole("listitem").filter({ hasText: "Thanks for making time." });
  await expect(entries).toHaveCount(1);
  const entry = entries.first();
  await expect(entry.locator("dt", { hasText: "What I will ask of them" })).toBeVisible();
  await expect(entry.locator("dd", { hasText: "A short note when a new buyer starts." })).toBeVisible();
  await expect(entry).not.toContainText("\\My part:");
  await expectAccessible(page);

  // The exports: one entry, exactly as saved.
  const json = (await (await page.request.get("/api/journal/export?format=json")).json()) as {
    entries: { promptId: string; body: string }[];
  };
  expect(json.entries.filter((e) => e.promptId === PROMPT_ID).map((e) => e.body)).toEqual([body]);
  const markdown = await (await page.request.get("/api/journal/export?format=md")).text();
  expect(markdown).toContain(`#### ${PROMPT}`);
  expect(markdown).toContain("> What I will ask of them:  \n> A short note when a new buyer starts.");

  // The printable plan shows the planner under its labels.
  await page.goto("/journal/summary");
  const plan = page.getByRole("article", { name: "Gabe Planner’s repair plan" });
  await expect(plan.locator("dt", { hasText: "What I will do if it goes badly" })).toBeVisible();
  await expect(plan).toContainText("If it turns into blame, I pause and ask to meet again.");
  await expect(plan).toContainText(PROMPT);
  await expectAccessible(page);
});

test("signed out, the planner keeps its fields on the device and the module 3 answers ask for a sign-in", async ({
  page,
}) => {
  await page.goto(LESSON);
  const p = planner(page);
  await expect(p.field("A question about their view")).toBeEnabled();
  await p.field("A question about their view").fill("How has this looked from your side?");
  await expect(p.status).toContainText("Kept on this device.");
  await expect(page.getByRole("region", { name: "Your words from module 3" })).toContainText(
    "Sign in to see what you wrote in these earlier lessons.",
  );
  await page.reload();
  await expect(planner(page).field("A question about their view")).toHaveValue("How has this looked from your side?");
});

test("module 4's other lessons: the caution with its support routes, and the look-back questions saved for the look-back day", async ({
  page,
}) => {
  await page.goto("/learn/your-turn/choose-one-relationship");
  await expect(page.getByText("When this plan is the wrong tool")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("employee assistance program");
  await expectAccessible(page);

  await page.goto("/learn/your-turn/look-back-and-keep-going");
  for (const question of [
    "On your look-back day: how do you feel now about this relationship, and about the steps you took?",
    "On your look-back day: was this repair one-sided, or did both of you own a part of it? What did each of you do?",
  ])
    await expect(page.getByRole("region", { name: question })).toContainText(
      "Come back and answer this on your look-back day, not today.",
    );
  await expect(page.getByRole("main")).not.toContainText("imagine that it is");
  await expectAccessible(page);
});
