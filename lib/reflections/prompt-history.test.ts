import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { day, learner, write } from "../../tests/setup/journal-entries";
import { promptHistory } from "./prompt-history";

describe("one question's history", () => {
  it("has every answer, newest first, with earlier versions, and nobody else's", async () => {
    const ivy = await learner("ivy");
    const jo = await learner("jo");
    const first = await write(ivy, "whats-your-part", "Week one.", { at: day(1) });
    const second = await write(ivy, "whats-your-part", "Week two.", { at: day(8) });
    await db().reflectionRevision.create({
      data: { reflectionId: first, version: 1, body: "Week one, first try.", savedAt: day(1) },
    });
    await write(jo, "whats-your-part", "Jo's answer.", { at: day(4) });

    const history = await promptHistory(ivy, "whats-your-part");
    expect(history?.prompt).toBe("What's your part?");
    expect(history?.lesson?.key).toBe("check-yourself-first/whats-your-part");
    expect(history?.entries.map((e) => e.id)).toEqual([second, first]);
    expect(history?.entries[1]?.revisions).toEqual([{ version: 1, body: "Week one, first try.", savedAt: day(1) }]);

    const josView = await promptHistory(jo, "whats-your-part");
    expect(josView?.entries.map((e) => e.body)).toEqual(["Jo's answer."]);
  });

  it("keeps answers to a removed question under the words the learner saw", async () => {
    const kit = await learner("kit");
    await write(kit, "gone-question", "Still mine.", { promptText: "How did it feel?" });
    const history = await promptHistory(kit, "gone-question");
    expect(history).toMatchObject({ prompt: "How did it feel?", inCourse: false, lesson: null });
    expect(await promptHistory(kit, "never-existed")).toBeNull();
    const empty = await promptHistory(kit, "whats-your-part");
    expect(empty?.entries).toEqual([]);
    // Another learner has no history of kit's removed question.
    expect(await promptHistory(await learner("lou"), "gone-question")).toBeNull();
  });
});
