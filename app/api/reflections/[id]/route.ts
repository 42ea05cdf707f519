// PUT /api/reflections/:id — save one answer (autosave). The id is made by the
// browser, so retries are idempotent; baseVersion guards against overwriting
// a newer text from another tab. Our own server answers the usual save
// before Next.js sees it (lib/reflections/save-fast-lane.ts, decision 057);
// this route answers the rest, with the same saveAnswer.
import type { NextRequest } from "next/server";
import { jsonRoute, toResponse } from "@/lib/http/json-route";
import { autosaveOutcome, countAutosave } from "@/lib/ops/metrics";
import { SAVE_BODY_MAX_BYTES } from "@/lib/reflections/limits";
import { SAVE_ROUTE, saveAnswer } from "@/lib/reflections/save-answer";
import { SaveReflectionSchema } from "@/lib/reflections/schemas";

const save = jsonRoute<typeof SaveReflectionSchema, "signed-in", { id: string }>({
  name: SAVE_ROUTE,
  access: "signed-in",
  schema: SaveReflectionSchema,
  source: "body",
  maxBytes: SAVE_BODY_MAX_BYTES,
  handler: async ({ input, user, params }) => toResponse(await saveAnswer(user, params.id, input)),
});

/** Every answer is counted by its outcome (saved, conflict, rejected, failed) for /api/metrics. */
export async function PUT(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const response = await save(request, context);
  countAutosave(autosaveOutcome(response.status));
  return response;
}
