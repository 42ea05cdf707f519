// Figure 2: the learner dashboard, signed in, every request a different
// learner of the pool (session lookup, cohorts, assignments, progress,
// replies and nudges: the page's real work).
import type { BenchResults } from "../figures";
import type { BenchOptions } from "../options";
import type { SeededLearner } from "../seed/learners";
import type { NextServer } from "../servers/next";
import { expectPage, loadPage } from "./lesson";

export async function dashboardFigure(
  next: NextServer,
  learners: readonly SeededLearner[],
  options: BenchOptions,
): Promise<BenchResults["dashboard"]> {
  console.log(`• Learner dashboard, signed in (${learners.length} sessions)`);
  const first = learners[0];
  if (!first) throw new Error("no learners were seeded");
  const url = `${next.url}/dashboard`;
  // A wrong cookie would measure the redirect to sign-in instead of the page.
  await expectPage(url, (body) => body.includes(first.name), "the learner's name (not signed in?)", {
    cookie: first.cookie,
  });
  const cookies = learners.map((l) => l.cookie);
  const load = await loadPage(url, "next start, /dashboard", options, { servers: [next], cookies });
  return { available: true, ...load, sessions: learners.length };
}
