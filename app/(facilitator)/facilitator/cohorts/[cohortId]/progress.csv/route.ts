// GET /facilitator/cohorts/:cohortId/progress.csv — the cohort's progress as
// a spreadsheet file. Progress only, never reflections; progressCsv quotes
// every field and neutralises spreadsheet formulas. A cohort that isn't the
// caller's is a 404, the same as one that doesn't exist.
import { NextResponse, type NextRequest } from "next/server";
import { getUser } from "@/lib/auth/session";
import { getCohort } from "@/lib/cohorts/cohorts";
import { NotFoundError } from "@/lib/errors/errors";
import { cohortProgress, progressCsv } from "@/lib/cohorts/progress";

const PRIVATE = { "Cache-Control": "private, no-store" } as const;

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

export async function GET(_request: NextRequest, context: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await context.params;
  const user = await getUser();
  if (!user) {
    return NextResponse.json(
      { error: "Sign in as a facilitator to download this file." },
      { status: 401, headers: PRIVATE },
    );
  }
  try {
    const cohort = await getCohort(user, cohortId);
    const now = new Date();
    const csv = progressCsv(await cohortProgress(user, cohortId, now), user.timeZone);
    const fileName = `cohort-${slugify(cohort.name)}-progress-${now.toISOString().slice(0, 10)}.csv`;
    return new NextResponse(csv, {
      headers: {
        ...PRIVATE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      return NextResponse.json({ error: "There is no such cohort among yours." }, { status: 404, headers: PRIVATE });
    }
    throw error;
  }
}
