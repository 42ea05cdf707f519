// Without a search, the journal counts answers by question in SQL and reads
// only the page's rows. Here a mixed journal — answers in every module, to
// questions that left the course, to a question moved to another lesson,
// shared and private, many written at the same moment — is checked against
// the whole list, read from the database and placed, filtered, ordered and
// cut by hand: every page of every filter, in both orders, with its counts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { getPrompts } from "../course/prompts";
import { learner } from "../../tests/setup/journal-entries";
import { journal, timeline, type JournalFilters, type Visibility } from "./journal";
import { compareByCourse, newestFirst, OTHER_MODULE, placeEntry, type Sortable } from "./placement";

const PER_PAGE = 7;

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("journal pages without a search", () => {
  it(
    "match the whole list placed, filtered, ordered and cut by hand, for every filter and page",
    { timeout: 120_000 },
    async () => {
      const writer = await learner("mixed");
      const neighbour = await learner("neighbour");
      const cohort = await db().cohort.create({
        data: { name: "Mixed journal cohort", members: { create: { userId: writer.id } } },
        select: { id: true },
      });
      const prompts = [...getPrompts().values()];
      const next = random(7);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      const kinds = [
        ...prompts.map((p) => ({ promptId: p.id, lessonKey: p.lesson.key, promptText: p.prompt })),
        { promptId: "gone-question-a", lessonKey: "gone-module/lesson-b", promptText: "An old question" },
        { promptId: "gone-question-a", lessonKey: "gone-module/lesson-a", promptText: "The same, elsewhere" },
        { promptId: "gone-question-c", lessonKey: "gone-module/lesson-a", promptText: "Another old one" },
        // A question still in the course, answered when it sat in another lesson.
        { promptId: prompts[0]!.id, lessonKey: "an-old-home/for-this-question", promptText: prompts[0]!.prompt },
      ];
      const rows = Array.from({ length: 160 }, (_, i) => ({
        id: randomUUID(),
        userId: writer.id,
        ...pick(kinds),
        body: `Answer ${i}`,
        // Few distinct moments, so many answers share one and the id decides.
        createdAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(next() * 12))),
      }));
      await db().reflection.createMany({ data: rows });
      const shared = rows.filter(() => next() < 0.35);
      await db().reflectionShare.createMany({ data: shared.map((r) => ({ reflectionId: r.id, cohortId: cohort.id })) });
      await db().reflection.create({
        data: { ...kinds[0]!, id: randomUUID(), userId: neighbour.id, body: "Not the writer's." },
      });

      const sharedIds = new Set(shared.map((r) => r.id));
      const all: (Sortable & { shared: boolean })[] = rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt,
        place: placeEntry(r),
        shared: sharedIds.has(r.id),
      }));
      const modules = [...new Set(all.map((e) => e.place.moduleSlug))];
      expect(modules).toContain(OTHER_MODULE);
      expect(modules.length).toBeGreaterThan(3);

      const visibilities: (Visibility | undefined)[] = [undefined, "private", "shared"];
      for (const moduleSlug of [undefined, ...modules])
        for (const visibility of visibilities) {
          const visible = (e: { shared: boolean }) =>
            visibility === undefined || (visibility === "shared") === e.shared;
          const inModule = all.filter((e) => moduleSlug === undefined || e.place.moduleSlug === moduleSlug);
          const chosen = inModule.filter(visible);
          const pageCount = Math.max(1, Math.ceil(chosen.length / PER_PAGE));
          const moduleCounts = modules
            .map((slug) => [slug, all.filter((e) => e.place.moduleSlug === slug && visible(e)).length] as const)
            .filter(([, count]) => count > 0);
          for (const [view, order] of [
            ["course", compareByCourse],
            ["newest", newestFirst],
          ] as const) {
            const expected = [...chosen].sort(order).map((e) => e.id);
            const seen: string[] = [];
            for (let page = 1; page <= pageCount + 1; page += 1) {
              const filters: JournalFilters = { module: moduleSlug, visibility, page };
              const got =
                view === "course"
                  ? await journal(writer, filters, PER_PAGE).then((p) => ({
                      ...p,
                      ids: p.groups.flatMap((g) =>
                        g.lessons.flatMap((l) => l.prompts.flatMap((q) => q.entries.map((e) => e.id))),
                      ),
                    }))
                  : await timeline(writer, filters, PER_PAGE).then((p) => ({ ...p, ids: p.entries.map((e) => e.id) }));
              const where = `${view}, module ${moduleSlug}, ${visibility}, page ${page}`;
              expect(got.total, where).toBe(chosen.length);
              expect(got.pageCount, where).toBe(pageCount);
              expect(got.counts.visibility, where).toEqual({
                all: inModule.length,
                shared: inModule.filter((e) => e.shared).length,
                private: inModule.filter((e) => !e.shared).length,
              });
              expect(got.counts.modules.map((m) => [m.slug, m.count]).sort(), where).toEqual(
                [...moduleCounts].map(([slug, count]) => [slug, count]).sort(),
              );
              // Past the end, the last page again.
              const shownPage = Math.min(page, pageCount);
              expect(got.page, where).toBe(shownPage);
              expect(got.ids, where).toEqual(expected.slice((shownPage - 1) * PER_PAGE, shownPage * PER_PAGE));
              if (page <= pageCount) seen.push(...got.ids);
            }
            expect(seen).toEqual(expected);
          }
        }
    },
  );
});
