// A learner who has written thousands of answers can still open every view
// of the journal: nothing binds one query parameter per entry (SQLite refuses
// a few thousand; the bench's 5,000-entry journal answered 500 before).
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { learner, writeMany } from "../../tests/setup/journal-entries";
import { exportEntries } from "./export";
import { journal, timeline, wholeJournal } from "./journal";
import { idsInGroups, journalExtras, unreadReplyEntryIds } from "./journal-extras";
import { markRepliesRead } from "../cohorts/shared-reflections";

const COUNT = 3_000;

describe("a journal of thousands of answers", () => {
  it(
    "opens as pages, as a timeline, whole for printing, with its extras, and exports",
    { timeout: 120_000 },
    async () => {
      const writer = await learner("prolific");
      const facilitator = await learner("facilitator");
      const cohort = await db().cohort.create({
        data: {
          name: "Long journal cohort",
          createdById: facilitator.id,
          facilitators: { create: { userId: facilitator.id } },
          members: { create: { userId: writer.id } },
        },
        select: { id: true },
      });
      const rows = await writeMany(writer, COUNT, (i) => new Date(Date.UTC(2026, 0, 1) + i * 60_000));
      const shared = rows.filter((_, i) => i % 3 === 0);
      for (let i = 0; i < shared.length; i += 500) {
        await db().reflectionShare.createMany({
          data: shared.slice(i, i + 500).map((r) => ({ reflectionId: r.id, cohortId: cohort.id })),
        });
      }
      await db().reflectionReply.createMany({
        data: shared.map((r) => ({
          reflectionId: r.id,
          authorId: facilitator.id,
          cohortId: cohort.id,
          body: "Thank you.",
        })),
      });

      const page = await journal(writer, {});
      expect(page.total).toBe(COUNT);
      expect(idsInGroups(page.groups)).toHaveLength(30);
      expect((await journal(writer, { visibility: "shared" })).total).toBe(shared.length);
      expect((await timeline(writer, { page: 2 })).entries).toHaveLength(30);

      const whole = await wholeJournal(writer);
      const ids = idsInGroups(whole.groups);
      expect(ids).toHaveLength(COUNT);
      const extras = await journalExtras(writer, ids);
      expect(extras.sharedWith.size).toBe(shared.length);
      expect(extras.replies.size).toBe(shared.length);
      await markRepliesRead(writer, unreadReplyEntryIds(extras));
      expect(await db().reflectionReply.count({ where: { readAt: null } })).toBe(
        await db().reflectionReply.count({ where: { readAt: null, reflection: { userId: { not: writer.id } } } }),
      );

      const exported = await exportEntries(writer);
      expect(exported.entries).toHaveLength(COUNT);
      expect(exported.entries.filter((e) => e.shared)).toHaveLength(shared.length);
      expect(exported.entries.filter((e) => e.replies.length === 1)).toHaveLength(shared.length);
    },
  );
});
