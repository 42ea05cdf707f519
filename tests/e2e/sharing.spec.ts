// Sharing is per answer and per cohort, end to end in real browsers: a
// learner who joins a second cohort shows its facilitator nothing shared
// before; what they share with one cohort reaches only that cohort's
// facilitator, with only that cohort's replies; the lesson's own sharing
// controls handle a new answer, "Answer again" and a conflict.
// See docs/decisions/016-per-cohort-sharing.md.
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import type { Db } from "../../lib/db/client";
import { seedCohort } from "./support/cohorts";
import { expect, expectAccessible, test } from "./support/fixtures";
import { signInAs, type TestUser } from "./support/session";

const LESSON = "/learn/check-yourself-first/whats-your-part";
const PROMPT_ID = "whats-your-part";

async function browserFor(browser: Browser, baseURL: string, db: Db, user: TestUser) {
  const context = await browser.newContext({ baseURL });
  await signInAs(context, baseURL, db, user);
  return { context, page: await context.newPage() };
}

function editor(page: Page) {
  const root = page.locator(`[data-reflection-editor="${PROMPT_ID}"]`);
  return { root, text: root.getByRole("textbox"), saved: root.getByRole("status") };
}

const main = (page: Page) => page.getByRole("main");

test("a learner in two cohorts: each facilitator reads only what was shared with their cohort, with its own replies", async ({
  browser,
  app,
  db,
  newUser,
}) => {
  test.setTimeout(180_000);
  const priyaUser = await newUser("facilitator", { name: "Priya Raman" });
  const anaUser = await newUser("facilitator", { name: "Ana Silva" });
  const meiUser = await newUser("learner", { name: "Mei Chen" });
  const january = await seedCohort(db, priyaUser, { name: "January cohort", learners: [{ user: meiUser }] });
  const march = await seedCohort(db, anaUser, { name: "March cohort" });
  const priya = await browserFor(browser, app.url, db, priyaUser);
  const ana = await browserFor(browser, app.url, db, anaUser);
  const mei = await browserFor(browser, app.url, db, meiUser);
  const p = priya.page;
  const a = ana.page;
  const m = mei.page;

  try {
    // January: Mei answers in the lesson and shares it from there; the confirmation names Priya first.
    await m.goto(LESSON);
    const e = editor(m);
    await e.text.fill("In January I kept the rota change to myself.");
    await expect(e.saved).toContainText("Saved at");
    await expect(e.root.getByText("Only you can see this.")).toBeVisible();
    await e.root.getByText("Share with January cohort…").click();
    await expect(e.root.getByText("Share this answer with January cohort?")).toBeVisible();
    await expect(e.root.getByText("Priya Raman (its facilitator) will be able to read it and reply.")).toBeVisible();
    await expectAccessible(m);
    await e.root.getByRole("button", { name: "Yes, share with January cohort" }).click();
    await expect(e.root.getByText("Shared with January cohort. Priya Raman can read it now.")).toBeVisible();
    await expect(e.root.getByText("You and Priya Raman (facilitator of January cohort) can see this.")).toBeVisible();

    // Priya reads it and replies.
    await p.goto(`/facilitator/cohorts/${january.id}/reflections`);
    const entry = main(p).getByRole("article").filter({ hasText: "In January I kept the rota change" });
    await entry.getByLabel("Your reply to Mei Chen").fill("Thank you, Mei. What would you tell the team now?");
    await entry.getByRole("button", { name: "Send reply" }).click();
    await expect(entry.getByRole("status")).toContainText("Reply sent.");

    // March: Mei joins Ana's cohort; the invitation says joining shows nothing written before.
    await m.goto(`/join/${march.inviteCode}`);
    await expect(main(m)).toContainText(
      "Your answers stay private: joining shows this cohort nothing you have written.",
    );
    await m.getByRole("button", { name: "Join March cohort" }).click();
    await expect(m.getByText("You joined March cohort. Welcome!")).toBeVisible();

    // Ana sees nothing of January: not the answer, not Priya's reply.
    await a.goto(`/facilitator/cohorts/${march.id}/reflections`);
    await expect(main(a)).toContainText("Nothing has been shared with you yet.");
    await expect(main(a)).not.toContainText("In January I kept the rota change");
    await expect(main(a)).not.toContainText("Thank you, Mei.");

    // Mei answers again (a new answer starts private) and shares it with March only, choosing between her cohorts.
    await m.goto(LESSON);
    await expect(e.text).toHaveValue("In January I kept the rota change to myself.");
    await expect(e.root.getByText("You and Priya Raman (facilitator of January cohort) can see this.")).toBeVisible();
    await e.root.getByRole("button", { name: "Answer again" }).click();
    await expect(e.root.getByText("Only you can see this.")).toBeVisible();
    await e.text.fill("In March I asked the team before changing anything.");
    await expect(e.saved).toContainText("Saved at");
    await e.root.getByText("Share…").click();
    const choice = e.root.getByRole("group", { name: "Who should be able to read it?" });
    await expect(choice.getByRole("radio", { name: "January cohort" })).toHaveAccessibleDescription(
      "Priya Raman (its facilitator) will be able to read it and reply.",
    );
    await expect(choice.getByRole("radio", { name: "March cohort" })).toHaveAccessibleDescription(
      "Ana Silva (its facilitator) will be able to read it and reply.",
    );
    await choice.getByRole("radio", { name: "March cohort" }).check();
    await e.root.getByRole("button", { name: "Share this answer" }).click();
    await expect(e.root.getByText("Shared with March cohort. Ana Silva can read it now.")).toBeVisible();
    await expect(e.root.getByText("You and Ana Silva (facilitator of March cohort) can see this.")).toBeVisible();
    // The earlier answer still says who can see it.
    await e.root.getByText("Your earlier answers (1)").click();
    await expect(
      e.root.getByText(/You and Priya Raman \(facilitator of January cohort\) can see this\./),
    ).toBeVisible();

    // Only Ana reads the March answer; she sees none of January's conversation; she replies in March.
    await a.reload();
    const marchEntry = main(a).getByRole("article");
    await expect(marchEntry).toHaveCount(1);
    await expect(marchEntry).toContainText("In March I asked the team before changing anything.");
    await expect(main(a)).not.toContainText("In January I kept the rota change");
    await expect(main(a)).not.toContainText("Thank you, Mei.");
    await marchEntry.getByLabel("Your reply to Mei Chen").fill("Good to have you here, Mei.");
    await marchEntry.getByRole("button", { name: "Send reply" }).click();
    await expect(marchEntry.getByRole("status")).toContainText("Reply sent.");

    // Priya still reads only January's answer.
    await p.reload();
    await expect(main(p).getByRole("article")).toHaveCount(1);
    await expect(main(p)).toContainText("In January I kept the rota change");
    await expect(main(p)).not.toContainText("In March I asked the team");
    await expect(main(p)).not.toContainText("Good to have you here");

    // Mei sees every reply, each saying which cohort it came from.
    await m.goto("/journal?view=timeline");
    await expect(main(m).getByText("Priya Raman (January cohort),")).toBeVisible();
    await expect(main(m).getByText("Ana Silva (March cohort),")).toBeVisible();

    // Mei stops sharing the March answer from the lesson: one step, and Ana can no longer read it.
    await m.goto(LESSON);
    await e.root.getByRole("button", { name: /^Stop sharing/ }).click();
    await expect(e.root.getByText("No longer shared. Only you can see this answer now.")).toBeVisible();
    await expect(e.root.getByText("Only you can see this.")).toBeVisible();
    await a.reload();
    await expect(main(a)).toContainText("Nothing has been shared with you yet.");
    await expect(main(a)).not.toContainText("In March I asked the team");
    await expectAccessible(m);
  } finally {
    for (const who of [priya, ana, mei]) await who.context.close();
  }
});

test("in the lesson: a new answer can be shared once it is saved, and stays shared after a reload", async ({
  page,
  context,
  db,
  signedInAs,
  newUser,
}) => {
  const learner = await signedInAs("learner");
  const cohort = await seedCohort(db, await newUser("facilitator", { name: "Priya Raman" }), {
    name: "Support team",
    learners: [{ user: learner }],
  });
  await page.goto(LESSON);
  const e = editor(page);
  await expect(e.text).toBeEnabled();
  // Nothing written: nothing to share yet.
  await expect(e.root.getByText(/^Share/)).toHaveCount(0);

  // Written but not saved (no network): it says when sharing becomes possible, with no button yet.
  await context.setOffline(true);
  await e.text.fill("Written on the train.");
  await expect(e.saved).toHaveText("Offline — kept on this device, will retry");
  await expect(e.root.getByText("You can share this answer once it’s saved.")).toBeVisible();
  await expect(e.root.getByText("Share with Support team…")).toHaveCount(0);
  await context.setOffline(false);
  await expect(e.saved).toContainText("Saved at");
  await expect(e.root.getByText("You can share this answer once it’s saved.")).toHaveCount(0);

  await e.root.getByText("Share with Support team…").click();
  await e.root.getByRole("button", { name: "Yes, share with Support team" }).click();
  await expect(e.root.getByText("Shared with Support team. Priya Raman can read it now.")).toBeVisible();
  const [row] = await db.reflection.findMany({ where: { userId: learner.id }, select: { id: true } });
  expect(await db.reflectionShare.findMany({ where: { reflectionId: row!.id }, select: { cohortId: true } })).toEqual([
    { cohortId: cohort.id },
  ]);

  // Editing a shared answer keeps it shared; a reload shows who can see it.
  await e.text.fill("Written on the train, and finished at home.");
  await expect(e.saved).toContainText("Saved at");
  await page.reload();
  const again = editor(page);
  await expect(again.text).toHaveValue("Written on the train, and finished at home.");
  await expect(again.root.getByText("You and Priya Raman (facilitator of Support team) can see this.")).toBeVisible();
  await expect(again.root.getByRole("button", { name: /^Stop sharing/ })).toBeVisible();
  expect(await db.reflectionShare.count({ where: { reflectionId: row!.id } })).toBe(1);
});

test("in the lesson: after a conflict, keeping both makes the new answer private and leaves the shared one shared", async ({
  context,
  db,
  signedInAs,
  newUser,
}) => {
  const learner = await signedInAs("learner");
  const cohort = await seedCohort(db, await newUser("facilitator", { name: "Priya Raman" }), {
    name: "Support team",
    learners: [{ user: learner }],
  });
  const id = randomUUID();
  await db.reflection.create({
    data: {
      id,
      userId: learner.id,
      promptId: PROMPT_ID,
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "What's your part?",
      body: "Start",
      shares: { create: { cohortId: cohort.id } },
    },
  });
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto(LESSON);
  await tabB.goto(LESSON);
  const a = editor(tabA);
  const b = editor(tabB);
  await expect(b.text).toHaveValue("Start");
  await expect(b.root.getByText("You and Priya Raman (facilitator of Support team) can see this.")).toBeVisible();

  await a.text.fill("Tab A's version");
  await expect(a.saved).toContainText("Saved at");
  await b.text.fill("Tab B's version");
  await expect(b.saved).toHaveText("Changed in another tab — choose below");
  // While the learner chooses, nothing can be shared or unshared from this tab.
  await expect(b.root.getByRole("button", { name: /^Stop sharing/ })).toHaveCount(0);
  await expect(b.root.getByText(/^Share/)).toHaveCount(0);

  await b.root.getByRole("button", { name: "Keep both as separate answers" }).click();
  await expect(b.saved).toContainText("Saved at");
  await expect(b.root.getByText("Only you can see this.")).toBeVisible();
  await expect(b.root.getByText("Share with Support team…")).toBeVisible();
  const rows = await db.reflection.findMany({
    where: { userId: learner.id },
    select: { body: true, shares: { select: { cohortId: true } } },
    orderBy: { body: "asc" },
  });
  expect(rows).toEqual([
    { body: "Tab A's version", shares: [{ cohortId: cohort.id }] },
    { body: "Tab B's version", shares: [] },
  ]);
  await tabA.close();
  await tabB.close();
});
