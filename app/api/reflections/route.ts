// GET /api/reflections?lesson=<module/lesson> — the signed-in learner's own
// answers to the prompts of one lesson, for the lesson page's editors.
import { z } from "zod";
import { jsonOk, jsonRoute } from "@/lib/http/json-route";
import { sharingAudience } from "@/lib/cohorts/membership";
import { entriesForLesson } from "@/lib/reflections/reflections";

const QuerySchema = z.object({ lesson: z.string().min(1, { message: "Say which lesson." }).max(200) });

export const GET = jsonRoute({
  name: "reflections.list",
  access: "signed-in",
  schema: QuerySchema,
  source: "query",
  handler: async ({ input, user }) => {
    const [entries, audience] = await Promise.all([entriesForLesson(user, input.lesson), sharingAudience(user)]);
    return jsonOk({ entries, audience });
  },
});
