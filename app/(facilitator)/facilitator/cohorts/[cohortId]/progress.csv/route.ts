// GET /facilitator/cohorts/:cohortId/progress.csv — the cohort's progress as
// a spreadsheet file. Progress only, never reflections; progressCsv quotes
// every field and neutralises spreadsheet formulas. A cohort that isn't the
// caller's is a 404, the same as one that doesn't exist (the data layer says
// so; jsonRoute answers it).
import { NextResponse } from "next/server";
import { z } from "zod";
import { getCohort } from "@/lib/cohorts/cohorts";
import { cohortProgress, progressCsv } from "@/lib/cohorts/progress";
import { jsonRoute } from "@/lib/http/json-route";
import { currentTime } from "@/lib/time/clock";

/** "Team Alpha (spring)!" → "team-alpha-spring"; ASCII only, so the header needs no encoding. */
function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return slug || "cohort";
}

export const GET = jsonRoute<z.ZodObject, "signed-in", { cohortId: string }>({
  name: "facilitator.progress-csv",
  // Not "facilitator": a learner asking gets the same 404 as for a cohort
  // that doesn't exist, which getCohort decides.
  access: "signed-in",
  schema: z.object({}),
  source: "query",
  signInMessage: "Sign in as a facilitator to download this file.",
  handler: async ({ user, params }) => {
    const cohort = await getCohort(user, params.cohortId);
    const now = currentTime();
    const csv = progressCsv(await cohortProgress(user, params.cohortId, now), user.timeZone);
    const fileName = `cohort-${slugify(cohort.name)}-progress-${now.toISOString().slice(0, 10)}.csv`;
    return new NextResponse(csv, {
      headers: {
        "Cache-Control": "private, no-store",
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
      },
    });
  },
});
