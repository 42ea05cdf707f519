// Look-backs (issue 12): scheduled from an answer in the journal, due on their
// day, answered again, and shown then-and-now with the changes marked.
import { writeAnswer } from "./support/answers";
import { expect, expectAccessible, test } from "./support/fixtures";
import { signInAs } from "./support/session";

const PROMPT_PAGE = "/journal/prompt/whats-your-part";

test("a look-back is scheduled, comes due on the dashboard, and shows then and now with the changes marked", async ({
  page,
  signedInAs,
  db,
  clock,
}) => {
  const learner = await signedInAs("learner");
  const entryId = await writeAnswer(
    db,
    learner.id,
    "I stopped replying to Sam after the meeting.",
    new Date("2026-11-02T09:30:00Z"),
  );

  await page.goto(PROMPT_PAGE);
  const answer = page.getByRole("main").getByRole("article").first();
  await answer.getByText("Schedule a look-back").click();
  // A day in the past is refused with a clear message, and nothing is set.
  await answer.getByRole("radio", { name: "On a day I pick" }).check();
  await answer.getByLabel(/^The day/).fill("2020-01-06");
  await answer.getByRole("button", { name: "Schedule the look-back" }).click();
  await expect(answer.getByRole("alert")).toContainText("Pick a day after today");
  expect(await db.lookBack.count({ where: { userId: learner.id } })).toBe(0);

  await answer.getByRole("radio", { name: "In 2 weeks" }).check();
  await answer.getByRole("button", { name: "Schedule the look-back" }).click();
  await expect(answer.getByRole("status").filter({ hasText: "You’ll look back on" })).toBeVisible();
  const scheduled = await db.lookBack.findFirstOrThrow({ where: { userId: learner.id } });
  expect(scheduled.reflectionId).toBe(entryId);
  await expect(answer).toContainText(/Look back on \w+day, \w+ \d{1,2}, \d{4}\./);

  // Not yet due: nothing on the dashboard.
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Time to look back" })).toHaveCount(0);

  // The servers' clock moves on two weeks and a day: its day has come.
  clock.advanceDays(15);
  await page.goto("/dashboard");
  const due = page.getByRole("region", { name: "Time to look back" });
  await due.getByRole("link", { name: "Look back: What's your part?" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "What's your part?" })).toBeVisible();
  await expect(page.getByText("I stopped replying to Sam after the meeting.")).toBeVisible();
  await page.getByLabel(/your answer today/).fill("I stopped replying to Sam, and I never asked him why.");
  await page.getByLabel("What has changed since then?").fill("I talk to Sam every Monday now.");
  await page.getByRole("button", { name: "Save and compare" }).click();

  const compare = page.getByRole("region", { name: "Then and now" });
  await expect(compare).toBeVisible();
  await expect(compare.locator("ins").filter({ hasText: "never asked him why" })).toBeVisible();
  await expect(compare.locator("del").filter({ hasText: "after the meeting" })).toBeVisible();
  await expect(page.getByText("I talk to Sam every Monday now.")).toBeVisible();
  await expectAccessible(page);

  const rows = await db.reflection.findMany({ where: { userId: learner.id }, orderBy: { createdAt: "asc" } });
  expect(rows.map((r) => r.body)).toEqual([
    "I stopped replying to Sam after the meeting.",
    "I stopped replying to Sam, and I never asked him why.",
  ]);
  expect(rows[1]).toMatchObject({ promptId: "whats-your-part", promptText: "What's your part?" });
  expect(await db.lookBack.findUniqueOrThrow({ where: { id: scheduled.id } })).toMatchObject({
    answerId: rows[1]!.id,
    changeNote: "I talk to Sam every Monday now.",
  });

  // The journal lists it as done, and the dashboard no longer asks.
  await page.goto("/journal");
  await expect(page.getByRole("region", { name: "Look-backs" })).toContainText("Done");
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Time to look back" })).toHaveCount(0);
});

test("from the journal: scheduled in place with JavaScript, and without it on the page that draws its form open", async ({
  page,
  signedInAs,
  newUser,
  browser,
  app,
  db,
}) => {
  const learner = await signedInAs("learner");
  await writeAnswer(db, learner.id, "I stopped replying to Sam after the meeting.");
  await page.goto("/journal");
  const answer = page.getByRole("main").getByRole("listitem").filter({ hasText: "I stopped replying to Sam" });
  // The journal draws an answer's look-back form only once it is opened (decision 063):
  // not even hidden in the page before.
  await expect(answer.locator('input[name="when"]')).toHaveCount(0);
  await answer.getByText("Schedule a look-back").click();
  await answer.getByRole("radio", { name: "In 1 week" }).check();
  await answer.getByRole("button", { name: "Schedule the look-back" }).click();
  await expect(answer.getByRole("status").filter({ hasText: "You’ll look back on" })).toBeVisible();
  await expect(answer).toContainText(/Look back on \w+day, \w+ \d{1,2}, \d{4}\./);
  expect(await db.lookBack.count({ where: { userId: learner.id } })).toBe(1);
  await expectAccessible(page);

  const other = await newUser("learner");
  const entryId = await writeAnswer(db, other.id, "Written for a page with no scripts.");
  const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false });
  await signInAs(context, app.url, db, other);
  const plain = await context.newPage();
  try {
    await plain.goto("/journal");
    const entry = plain.getByRole("main").getByRole("listitem").filter({ hasText: "Written for a page" });
    await entry.getByText("Schedule a look-back").click();
    await entry.getByRole("link", { name: "Show when you can look back" }).click();
    await expect(plain).toHaveURL(new RegExp(`[?&]lookBack=${entryId}#answer-${entryId}$`));
    // A refusal comes back on the same page, with the form still open and why.
    await entry.getByRole("radio", { name: "On a day I pick" }).check();
    await entry.getByLabel(/^The day/).fill("2020-01-06");
    await entry.getByRole("button", { name: "Schedule the look-back" }).click();
    await expect(entry.getByRole("alert")).toContainText("Pick a day after today");
    expect(await db.lookBack.count({ where: { userId: other.id } })).toBe(0);
    await entry.getByRole("radio", { name: "In 2 weeks" }).check();
    await entry.getByRole("button", { name: "Schedule the look-back" }).click();
    await expect(entry).toContainText(/Look back on \w+day, \w+ \d{1,2}, \d{4}\./);
    const scheduled = await db.lookBack.findFirstOrThrow({ where: { userId: other.id } });
    expect(scheduled.reflectionId).toBe(entryId);
  } finally {
    await context.close();
  }
});

test("another learner cannot open someone's look-back", async ({ page, signedInAs, newUser, db }) => {
  const owner = await newUser("learner");
  const entryId = await writeAnswer(db, owner.id, "Private words about Jordan.");
  const lookBack = await db.lookBack.create({
    data: { userId: owner.id, reflectionId: entryId, day: "2026-01-05", dueAt: new Date("2026-01-05T00:00:00Z") },
  });
  await signedInAs("learner");
  const response = await page.goto(`/journal/look-back/${lookBack.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Private words about Jordan.")).toHaveCount(0);
  await signedInAs("facilitator");
  const asFacilitator = await page.goto(`/journal/look-back/${lookBack.id}`);
  expect(asFacilitator?.status()).toBe(404);
});

test("a look-back can be scheduled from the lesson, right under a saved answer", async ({ page, signedInAs, db }) => {
  const learner = await signedInAs("learner");
  await page.goto("/learn/check-yourself-first/whats-your-part");
  const editor = page.locator('[data-reflection-editor="whats-your-part"]');
  await editor.getByRole("textbox").fill("I let the handover slip and said nothing.");
  await expect(editor.getByRole("status").first()).toContainText("Saved at");

  await editor.getByText("Schedule a look-back").click();
  await editor.getByRole("radio", { name: "In 1 week" }).check();
  await editor.getByRole("button", { name: "Schedule the look-back" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "You’ll look back on" })).toBeVisible();
  const entry = await db.reflection.findFirstOrThrow({ where: { userId: learner.id, promptId: "whats-your-part" } });
  expect(await db.lookBack.count({ where: { reflectionId: entry.id, userId: learner.id } })).toBe(1);

  await page.reload();
  await expect(editor).toContainText(/Look back on \w+day, \w+ \d{1,2}, \d{4}\./);
  await expectAccessible(page);
});
