// GET /api/reflections?lesson=<module/lesson> — the signed-in learner's own
// answers to the prompts of one lesson, each with the cohorts it is shared
// with, and the learner's cohorts (with their facilitators' names), for the
// lesson page's editors to say who can see each answer and to offer sharing.
import { z } from "zod";
import { jsonOk, jsonRoute } from "@/lib/http/json-route";
import { learnerCohorts } from "@/lib/cohorts/sharing";
import { lookBacksAt } from "@/lib/lookbacks/look-backs";
import { entriesForLesson } from "@/lib/reflections/reflections";

const QuerySchema = z.object({ lesson: z.string().min(1, { message: "Say which lesson." }).max(200) });

export const GET = jsonRoute({
  name: "reflections.list",
  access: "signed-in",
  schema: QuerySchema,
  source: "query",
  handler: async ({ input, user }) => {
    const [entries, cohorts] = await Promise.all([entriesForLesson(user, input.lesson), learnerCohorts(user)]);
    const views = await lookBacksAt(
      user,
      entries.map((e) => e.id),
    );
    // The look-back set at each entry, by entry id, as the journal shows it.
    const lookBacks = Object.fromEntries(
      [...views].map(([entryId, v]) => [entryId, { id: v.id, day: v.day, due: v.due, done: v.doneAt !== null }]),
    );
    return jsonOk({ entries, cohorts, lookBacks });
  },
});
