// PUT /api/reflections/:id/share {cohortId} — share one of the learner's own
// answers with one of their cohorts. DELETE {cohortId?} — stop sharing it
// with that cohort, or with every cohort. For the lesson page's island (the
// journal's forms use server actions). Both answer with who the entry is
// shared with now and the learner's cohorts, so the label can be redrawn.
// See docs/decisions/016-per-cohort-sharing.md.
import type { NextResponse } from "next/server";
import type { SessionUser } from "@/lib/auth/session";
import { entrySharedWith, learnerCohorts, shareEntry, stopSharing } from "@/lib/cohorts/sharing";
import { ENTRY_GONE_MESSAGE, sharedMessage, stoppedMessage } from "@/lib/cohorts/visibility";
import { jsonError, jsonOk, jsonRoute } from "@/lib/http/json-route";
import { EntryIdSchema, ShareRequestSchema, StopSharingRequestSchema } from "@/lib/reflections/schemas";

type Params = { id: string };

/** Who the entry is shared with now, and the learner's cohorts (to name them). */
async function sharingNow(user: SessionUser, entryId: string, status: string, message: string) {
  const [sharedWith, cohorts] = await Promise.all([entrySharedWith(user, entryId), learnerCohorts(user)]);
  if (sharedWith === null) return jsonError(404, ENTRY_GONE_MESSAGE);
  return jsonOk({ status, message, sharedWith, cohorts });
}

function entryId(params: Params): string | NextResponse {
  const id = EntryIdSchema.safeParse(params.id);
  return id.success ? id.data : jsonError(400, "That is not a valid entry id.");
}

export const PUT = jsonRoute<typeof ShareRequestSchema, "signed-in", Params>({
  name: "reflections.share",
  access: "signed-in",
  schema: ShareRequestSchema,
  source: "body",
  maxBytes: 4096,
  handler: async ({ input, user, params }) => {
    const id = entryId(params);
    if (typeof id !== "string") return id;
    const result = await shareEntry(user, id, input.cohortId);
    return sharingNow(user, id, "shared", sharedMessage(result.cohort));
  },
});

export const DELETE = jsonRoute<typeof StopSharingRequestSchema, "signed-in", Params>({
  name: "reflections.unshare",
  access: "signed-in",
  schema: StopSharingRequestSchema,
  source: "body",
  maxBytes: 4096,
  handler: async ({ input, user, params }) => {
    const id = entryId(params);
    if (typeof id !== "string") return id;
    const result = await stopSharing(user, id, input.cohortId ?? null);
    return sharingNow(user, id, "stopped", stoppedMessage(result.removed, result.remaining));
  },
});
