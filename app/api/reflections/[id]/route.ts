// PUT /api/reflections/:id — save one answer (autosave). The id is made by the
// browser, so retries are idempotent; baseVersion guards against overwriting
// a newer text from another tab.
import { getPrompts } from "@/lib/course/prompts";
import type { NextRequest } from "next/server";
import { jsonError, jsonOk, jsonRoute } from "@/lib/http/json-route";
import { autosaveOutcome, countAutosave } from "@/lib/ops/metrics";
import { completeIfDone } from "@/lib/progress/progress";
import { SAVE_BODY_MAX_BYTES } from "@/lib/reflections/limits";
import { saveReflection } from "@/lib/reflections/reflections";
import { EntryIdSchema, SaveReflectionSchema } from "@/lib/reflections/schemas";

const save = jsonRoute<typeof SaveReflectionSchema, "signed-in", { id: string }>({
  name: "reflections.save",
  access: "signed-in",
  schema: SaveReflectionSchema,
  source: "body",
  maxBytes: SAVE_BODY_MAX_BYTES,
  handler: async ({ input, user, params }) => {
    const id = EntryIdSchema.safeParse(params.id);
    if (!id.success) return jsonError(400, "That is not a valid entry id.");
    const prompt = getPrompts().get(input.promptId);
    if (!prompt || prompt.lesson.key !== input.lessonKey) {
      return jsonError(
        422,
        "This prompt is not part of the course (it may have been removed). Copy your text somewhere safe.",
      );
    }
    // The question is stored as the course words it, never as the browser sent it.
    const result = await saveReflection(user, id.data, { ...input, promptText: prompt.prompt });
    if (result.status === "conflict") {
      return jsonOk({ status: "conflict", entry: result.entry }, 409);
    }
    // The last answer the lesson was waiting for completes it (when its end was
    // reached). A lesson counts answers, not their words: only a save that
    // may have made the entry (one from version 0) can complete it, so the
    // usual save (an existing entry again) skips the look-up and answers
    // null here (decision 050).
    const lesson = input.baseVersion === 0 ? await completeIfDone(user, prompt.lesson.key) : null;
    return jsonOk({ status: "saved", entry: result.entry, lessonCompletedAt: lesson?.completedAt ?? null });
  },
});

/** Every answer is counted by its outcome (saved, conflict, rejected, failed) for /api/metrics. */
export async function PUT(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const response = await save(request, context);
  countAutosave(autosaveOutcome(response.status));
  return response;
}
