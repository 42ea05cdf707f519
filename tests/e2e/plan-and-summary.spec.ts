// Module 4's look-back day, scheduled from a real date field on the learner's
// plan, and the course summary: the repair plan and the certificate, each
// printing on exactly one page, A4 and Letter. Issue 12, decision 031.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { getCourse } from "../../lib/course/catalog";
import type { Db } from "../../lib/db/client";
import { formatDay } from "../../lib/time/format";
import { expect, test } from "./support/fixtures";

const LOOK_BACK_LESSON = "/learn/your-turn/look-back-and-keep-going";
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day `days` from now, as a date field takes it (UTC; far enough ahead for any zone). */
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

const PLAN: Record<string, { lesson: string; text: string; body: string }> = {
  "plan-relationship": {
    lesson: "your-turn/choose-one-relationship",
    text: "Which one work relationship will you focus on, and why does it matter to you?",
    body: "Noor, who leads purchasing. Our teams hand work to each other every day, and it has gone cold.",
  },
  "plan-situation": {
    lesson: "your-turn/choose-one-relationship",
    text: "Describe the situation in a few sentences.",
    body: "Since the budget meeting in October we only write to each other by email, and invoices bounce back and forth for a week at a time.",
  },
  "plan-my-part": {
    lesson: "your-turn/build-your-repair-plan",
    text: "What's your part in this relationship, as you see it today?",
    body: "I blamed her team in front of everyone, and I sent invoices back with no explanation of what was wrong.",
  },
  "plan-first-step": {
    lesson: "your-turn/build-your-repair-plan",
    text: "What will you do first, and on what day will you do it?",
    body: "Ask Noor for twenty minutes on Thursday, open with the meeting, and offer a one-page guide to the codes.",
  },
  "plan-signs-of-progress": {
    lesson: "your-turn/build-your-repair-plan",
    text: "How will you know your repair is working?",
    body: "She brings a problem to me before it becomes a late payment, and our Monday call feels less stiff.",
  },
  "plan-look-back-date": {
    lesson: "your-turn/look-back-and-keep-going",
    text: "When your look-back day comes, what will you check?",
    body: "Whether I had the conversation, whether the guide is in use, and whether fewer invoices came back.",
  },
  "course-takeaway": {
    lesson: "your-turn/look-back-and-keep-going",
    text: "What is one thing from this course that you want to keep doing?",
    body: "Ask myself what my part is before I write the email.",
  },
};

async function writePlan(db: Db, userId: string, only?: string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [promptId, { lesson, text, body }] of Object.entries(PLAN)) {
    if (only && !only.includes(promptId)) continue;
    const id = randomUUID();
    ids[promptId] = id;
    await db.reflection.create({
      data: { id, userId, promptId, lessonKey: lesson, promptText: text, body },
    });
  }
  return ids;
}

async function completeEveryLesson(db: Db, userId: string, last: Date): Promise<void> {
  const lessons = getCourse().lessons;
  for (const [index, lesson] of lessons.entries()) {
    const at = index === lessons.length - 1 ? last : new Date(last.getTime() - (lessons.length - index) * DAY_MS);
    await db.lessonProgress.create({
      data: { userId, lessonKey: lesson.key, lastVisitedAt: at, reachedEndAt: at, completedAt: at },
    });
  }
}

/** How many pages the PDF has: its /Type /Page objects, leaving out the /Pages tree. */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * The PDF's page count in A4 and in Letter. `button` ("Print your plan")
 * is pressed before each, as a person would: the browser's afterprint
 * (which page.pdf fires too) clears the choice.
 */
async function printedPages(page: Page, button?: string): Promise<{ a4: number; letter: number }> {
  const pages: number[] = [];
  for (const format of ["A4", "Letter"] as const) {
    await page.emulateMedia({ media: "screen" });
    if (button) await page.getByRole("button", { name: button }).click();
    await page.emulateMedia({ media: "print" });
    pages.push(pageCount(await page.pdf({ format })));
  }
  await page.emulateMedia({ media: "screen" });
  return { a4: pages[0]!, letter: pages[1]! };
}

test("the plan's look-back day is a real date: a past day is refused, then it is scheduled, moved and cancelled", async ({
  page,
  signedInAs,
  db,
}) => {
  const learner = await signedInAs("learner");
  const { "plan-my-part": planId } = await writePlan(db, learner.id, ["plan-my-part"]);

  await page.goto(LOOK_BACK_LESSON);
  const box = page.getByRole("region", { name: "On what day will you look back at your plan?" });
  await box.getByLabel("Your look-back day").fill("2020-01-06");
  await box.getByRole("button", { name: "Schedule my look-back" }).click();
  await expect(box.getByRole("alert")).toHaveText("Pick a day after today: a look-back is for later.");
  await expect(box.getByLabel("Your look-back day")).toHaveAttribute("aria-invalid", "true");
  expect(await db.lookBack.count({ where: { userId: learner.id } })).toBe(0);

  const day = dayFromNow(21);
  await box.getByLabel("Your look-back day").fill(day);
  await box.getByRole("button", { name: "Schedule my look-back" }).click();
  await expect(box.getByText(`You’ll look back on ${formatDay(day)}.`, { exact: true })).toBeVisible();
  expect(await db.lookBack.findFirstOrThrow({ where: { userId: learner.id } })).toMatchObject({
    reflectionId: planId,
    day,
  });

  // Still there after a reload: it is read from the account.
  await page.reload();
  await expect(box.getByText(`You’ll look back on ${formatDay(day)}.`, { exact: true })).toBeVisible();
  await box.getByText("Move or cancel the look-back").click();
  const later = dayFromNow(28);
  await box.getByLabel("Move it to another day").fill(later);
  await box.getByRole("button", { name: "Move the look-back" }).click();
  await expect(box.getByText(`You’ll look back on ${formatDay(later)}.`, { exact: true })).toBeVisible();
  expect((await db.lookBack.findFirstOrThrow({ where: { userId: learner.id } })).day).toBe(later);

  await box.getByRole("button", { name: "Cancel the look-back" }).click();
  await expect(box.getByRole("button", { name: "Schedule my look-back" })).toBeVisible();
  expect(await db.lookBack.count({ where: { userId: learner.id } })).toBe(0);
});

test("signed out, the look-back asks you to sign in; without a plan, it sends you to write your part", async ({
  page,
  signedInAs,
}) => {
  await page.goto(LOOK_BACK_LESSON);
  const box = page.getByRole("region", { name: "On what day will you look back at your plan?" });
  await expect(box.getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    `/sign-in?redirectTo=${encodeURIComponent(LOOK_BACK_LESSON)}`,
  );
  await expect(box.getByLabel("Your look-back day")).toHaveCount(0);

  await signedInAs("learner");
  await page.reload();
  await expect(box).toContainText("you haven’t written that yet");
  await box.getByRole("link", { name: "Build your repair plan" }).click();
  await expect(page).toHaveURL(/\/learn\/your-turn\/build-your-repair-plan#reflection-plan-my-part$/);
});

test("after the last lesson: the summary holds the plan and the certificate, each one page in A4 and Letter", async ({
  page,
  signedInAs,
  db,
}) => {
  const learner = await signedInAs("learner", { name: "Rosa Delgado-Whitfield" });
  await db.user.update({ where: { id: learner.id }, data: { timeZone: "Pacific/Auckland" } });
  const ids = await writePlan(db, learner.id);
  const lookBackDay = dayFromNow(20);
  await db.lookBack.create({
    data: {
      userId: learner.id,
      reflectionId: ids["plan-my-part"]!,
      day: lookBackDay,
      dueAt: new Date(Date.now() + 20 * DAY_MS),
    },
  });
  // 23:30 UTC on November 20 is already November 21 in Auckland.
  await completeEveryLesson(db, learner.id, new Date("2026-11-20T23:30:00Z"));
  await page.addInitScript(() => {
    window.print = () => undefined;
  });

  // The last module's wrap-up and the dashboard both lead to it.
  await page.goto(LOOK_BACK_LESSON);
  await expect(page.getByRole("link", { name: "See your plan and certificate" })).toBeVisible();
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "See your plan and certificate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your course summary" })).toBeVisible();

  const plan = page.getByRole("article", { name: "Rosa Delgado-Whitfield’s repair plan" });
  await expect(plan).toContainText(`Look back on: ${formatDay(lookBackDay)}`);
  for (const { body } of Object.values(PLAN)) await expect(plan).toContainText(body);
  const certificate = page.getByRole("article", { name: /Rosa Delgado-Whitfield/ }).filter({
    hasText: "Certificate of completion",
  });
  await expect(certificate).toContainText("completed It Takes Two");
  await expect(certificate).toContainText("on November 21, 2026.");
  await expect(page.getByText("Before your certificate")).toHaveCount(0);

  // Everything: the plan, then the certificate on a page of its own.
  expect(await printedPages(page)).toEqual({ a4: 2, letter: 2 });
  expect(await printedPages(page, "Print your plan")).toEqual({ a4: 1, letter: 1 });
  expect(await printedPages(page, "Print the certificate")).toEqual({ a4: 1, letter: 1 });
  // What the certificate's printout leaves out: the plan and the site around it.
  await page.getByRole("button", { name: "Print the certificate" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(plan).toBeHidden();
  await expect(certificate).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("before the end the summary says what is left; another learner never sees someone's plan", async ({
  page,
  signedInAs,
  newUser,
  db,
}) => {
  const owner = await newUser("learner", { name: "Plan Owner" });
  await writePlan(db, owner.id);
  await completeEveryLesson(db, owner.id, new Date("2026-11-20T10:00:00Z"));

  const other = await signedInAs("learner");
  const first = getCourse().lessons[0]!;
  await db.lessonProgress.create({
    data: { userId: other.id, lessonKey: first.key, completedAt: new Date(), reachedEndAt: new Date() },
  });
  await page.goto("/journal/summary");
  await expect(page.getByRole("heading", { name: /Before your certificate: 12 lessons to complete/ })).toBeVisible();
  const left = page.getByRole("region", { name: /Before your certificate/ });
  await expect(left.getByRole("link", { name: "Module 1: Trust is fragile" })).toBeVisible();
  await expect(left.getByRole("link", { name: first.title })).toHaveCount(0);
  await expect(left.getByRole("link", { name: "Look back and keep going" })).toBeVisible();
  await expect(page.getByText("Certificate of completion")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Print your plan" })).toHaveCount(0);
  await expect(page.getByText("You haven’t written any of your plan yet")).toBeVisible();
  const html = await page.content();
  for (const { body } of Object.values(PLAN)) expect(html).not.toContain(body);
  expect(html).not.toContain("Plan Owner");
  const api = await page.request.get("/api/plan-look-back?answer=plan-my-part");
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ answer: null, open: null, lastDone: null });
});
