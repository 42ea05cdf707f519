// The conversation planner (module 4) is a reflection like any other: the
// course knows it as a prompt with fields, and its answer is one entry of its
// owner's, read, exported and summed up only for them.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { getPrompts, plannerFields } from "../course/prompts";
import { courseSummary } from "../progress/course-summary";
import { exportEntries, toMarkdown } from "./export";
import { parsePlan, serializePlan } from "./planner-body";
import { promptHistory } from "./prompt-history";
import { entriesForLesson, saveReflection } from "./reflections";

const LESSON = "your-turn/build-your-repair-plan";

async function person(role: SessionUser["role"] = "learner"): Promise<SessionUser> {
  const id = `${role}-${randomUUID().slice(0, 8)}`;
  await db().user.create({ data: { id, name: id, email: `${id}@example.org`, role } });
  return { id, name: id, email: `${id}@example.org`, role };
}

describe("the conversation planner", () => {
  it("is a prompt of module 4's plan lesson, with the five fields of the plan in order", () => {
    const prompt = getPrompts().get("conversation-plan");
    expect(prompt?.lesson.key).toBe(LESSON);
    expect(plannerFields("conversation-plan")?.map((f) => f.label)).toEqual([
      "My opening line",
      "My part",
      "A question about their view",
      "What I will ask of them",
      "What I will do if it goes badly",
    ]);
    expect(plannerFields("plan-my-part")).toBeNull();
  });

  it("saves as one entry of its owner's, versioned; nobody else can read or overwrite it", async () => {
    const fields = plannerFields("conversation-plan")!;
    const owner = await person();
    const id = randomUUID();
    const first = serializePlan(fields, ["Thanks for making time.", "I blamed your team.", "", "", ""]);
    const save = (body: string, baseVersion: number, who = owner) =>
      saveReflection(who, id, {
        promptId: "conversation-plan",
        lessonKey: LESSON,
        promptText: getPrompts().get("conversation-plan")!.prompt,
        body,
        baseVersion,
      });
    expect(await save(first, 0)).toMatchObject({ status: "saved", entry: { version: 1 } });
    const second = serializePlan(fields, [
      "Thanks for making time.",
      "I blamed your team.",
      "How has it looked from your side?",
      "A note when a new buyer starts.",
      "If it turns into blame, I pause and ask to meet again next week.",
    ]);
    expect(await save(second, 1)).toMatchObject({ status: "saved", entry: { version: 2 } });

    const rows = await db().reflection.findMany({ where: { promptId: "conversation-plan", userId: owner.id } });
    expect(rows).toHaveLength(1);
    expect(parsePlan(fields, rows[0]!.body)[3]).toBe("A note when a new buyer starts.");

    const mine = await entriesForLesson(owner, LESSON);
    expect(mine.map((e) => e.id)).toEqual([id]);
    expect((await promptHistory(owner, "conversation-plan"))?.entries.map((e) => e.body)).toEqual([second]);

    const other = await person();
    expect(await entriesForLesson(other, LESSON)).toEqual([]);
    expect((await promptHistory(other, "conversation-plan"))?.entries ?? []).toEqual([]);
    await expect(save("Overwritten!", 2, other)).rejects.toThrow("There is no such entry in your journal.");
    expect((await db().reflection.findUniqueOrThrow({ where: { id } })).body).toBe(second);

    // In the export (one entry, as written) and on the printable plan.
    const exported = await exportEntries(owner);
    expect(exported.entries.filter((e) => e.promptId === "conversation-plan").map((e) => e.body)).toEqual([second]);
    expect(toMarkdown(exported)).toContain("> What I will ask of them:  \n> A note when a new buyer starts.");
    expect((await exportEntries(other)).entries).toEqual([]);
    const summary = await courseSummary(owner, getCourse());
    expect(summary.plan.items.find((i) => i.promptId === "conversation-plan")?.answer?.body).toBe(second);
    const theirs = await courseSummary(other, getCourse());
    expect(theirs.plan.items.find((i) => i.promptId === "conversation-plan")?.answer).toBeNull();
  });
});
