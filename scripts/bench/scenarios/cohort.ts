// Figure 2, second row: the facilitator's overview of one cohort of 200
// learners, signed in as its facilitator. The page shows 50 learners, but
// its counts ("at a glance"), its two charts and its sort work over all 200
// on every request: the learners' progress in every lesson, due dates per
// learner, who needs attention, and the unread shared answers.
import type { BenchResults } from "../figures";
import type { BenchOptions } from "../options";
import type { SeededCohort } from "../seed/cohort";
import type { NextServer } from "../servers/next";
import { expectPage, loadPage, pacedPage } from "./lesson";

/** React puts an empty comment between neighbouring pieces of text; without them the text reads as shown. */
function visibleText(body: string): string {
  return body.replaceAll("<!-- -->", "");
}

export async function cohortFigure(
  next: NextServer,
  cohort: SeededCohort,
  options: BenchOptions,
): Promise<BenchResults["cohort"]> {
  console.log(
    `• Cohort overview, signed in as its facilitator (${cohort.learners} learners, ${cohort.lessons} lessons, ` +
      `${options.cohortConnections} connections)`,
  );
  const url = `${next.url}/facilitator/cohorts/${encodeURIComponent(cohort.id)}`;
  const cookie = cohort.facilitator.cookie;
  // A wrong cookie would measure the redirect to sign-in; a cohort that is
  // not theirs, the 404 page.
  await expectPage(url, (body) => visibleText(body).includes(cohort.firstByName), "the first learner's name", {
    cookie,
  });
  await expectPage(url, (body) => visibleText(body).includes("Needs attention"), "“Needs attention”", { cookie });
  const load = await loadPage(url, "next start, cohort overview", options, {
    servers: [next],
    cookies: [cookie],
    p95: true,
    connections: options.cohortConnections,
  });
  // A page slower than the run is long answers nothing: say so rather than print zeros.
  if (load.p95 === undefined || !Number.isFinite(load.p95)) {
    throw new Error(`no page was answered within the ${options.loadS} s run (${load.errors} errors)`);
  }
  const paced = await pacedPage(url, "next start, cohort overview", options, { servers: [next], cookies: [cookie] });
  return { available: true, ...load, paced, p95: load.p95, learners: cohort.learners, lessons: cohort.lessons };
}

/** The cohort overview's floor: the same facilitator, cohort and load against floor-app.ts (decision 052). */
export async function cohortFloorFigure(
  floor: NextServer,
  cohort: SeededCohort,
  options: BenchOptions,
): Promise<BenchResults["floors"]["cohort"]> {
  console.log(`• Floor: cohort overview on node:http (${options.cohortConnections} connections)`);
  const url = `${floor.url}/facilitator/cohorts/${encodeURIComponent(cohort.id)}`;
  const cookie = cohort.facilitator.cookie;
  await expectPage(
    url,
    (body) => body.includes(cohort.firstByName) && body.includes("Needs attention"),
    "the first learner's name and “Needs attention”",
    { cookie },
  );
  const load = await loadPage(url, "floor, cohort overview", options, {
    servers: [floor],
    cookies: [cookie],
    p95: true,
    connections: options.cohortConnections,
  });
  if (load.requests === 0) throw new Error(`no page was answered within the ${options.loadS} s run`);
  const paced = await pacedPage(url, "floor, cohort overview", options, { servers: [floor], cookies: [cookie] });
  return { available: true, ...load, paced };
}
