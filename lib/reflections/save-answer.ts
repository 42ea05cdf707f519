import "server-only";
// What PUT /api/reflections/:id answers once the caller and the body are
// known: the one place that decides, whether the request came through
// Next.js's route (app/api/reflections/[id]/route.ts) or the autosave's fast
// lane in our own server (lib/reflections/save-fast-lane.ts).
import type { SessionUser } from "../auth/session";
import { getPrompts } from "../course/prompts";
import { plainError, plainOk, type JsonAnswer } from "../http/json-route";
import { completeIfDone } from "../progress/progress";
import { saveReflection } from "./reflections";
import { EntryIdSchema, type SaveReflection } from "./schemas";

export const SAVE_ROUTE = "reflections.save";

export async function saveAnswer(
  user: SessionUser,
  rawId: string | undefined,
  input: SaveReflection,
): Promise<JsonAnswer> {
  const id = EntryIdSchema.safeParse(rawId);
  if (!id.success) return plainError(400, "That is not a valid entry id.");
  const prompt = getPrompts().get(input.promptId);
  if (!prompt || prompt.lesson.key !== input.lessonKey) {
    return plainError(
      422,
      "This prompt is not part of the course (it may have been removed). Copy your text somewhere safe.",
    );
  }
  // The question is stored as the course words it, never as the browser sent it.
  const result = await saveReflection(user, id.data, { ...input, promptText: prompt.prompt });
  if (result.status === "conflict") {
    return plainOk({ status: "conflict", entry: result.entry }, 409);
  }
  // The last answer the lesson was waiting for completes it (when its end was
  // reached). A lesson counts answers, not their words: only a save that
  // may have made the entry (one from version 0) can complete it, so the
  // usual save (an existing entry again) skips the look-up and answers
  // null here (decision 050).
  const lesson = input.baseVersion === 0 ? await completeIfDone(user, prompt.lesson.key) : null;
  return plainOk({ status: "saved", entry: result.entry, lessonCompletedAt: lesson?.completedAt ?? null });
}
