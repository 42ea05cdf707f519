// Limits on what a learner writes, shared by the editor and the server.
export const REFLECTION_MAX_CHARS = 10_000;
export const PROMPT_MAX_CHARS = 500;
/** Edits to an entry after this long keep the earlier text as a revision. */
export const REVISION_GAP_MS = 10 * 60 * 1000;
/** Largest request body the save endpoint reads (UTF-8 can take 4 bytes a character). */
export const SAVE_BODY_MAX_BYTES = 4 * (REFLECTION_MAX_CHARS + PROMPT_MAX_CHARS) + 4096;

/**
 * What is wrong with an answer before it is sent, or null. The same rules as
 * ReflectionBodySchema, without zod, so the browser bundle stays small.
 */
export function reflectionBodyProblem(body: string): string | null {
  if (body.trim().length === 0) return "Write something first: an empty answer isn't saved.";
  if (body.length > REFLECTION_MAX_CHARS) {
    return `Answers can be up to ${REFLECTION_MAX_CHARS.toLocaleString("en")} characters. Shorten yours a little to save it.`;
  }
  return null;
}
