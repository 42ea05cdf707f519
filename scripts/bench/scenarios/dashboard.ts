// Figure 2: the learner dashboard, signed in, every request a different
// learner of the pool (session lookup, cohorts, assignments, progress,
// replies, nudges and look-backs due: the page's real work), then the
// header's own request on every page (/api/session: who is signed in and how
// many notifications are unread).
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
  await expectPage(url, (body) => body.includes("Time to look back"), "the look-backs due (not seeded?)", {
    cookie: first.cookie,
  });
  const load = await loadPage(url, "next start, /dashboard", options, { servers: [next], cookies });
  const sessionUrl = `${next.url}/api/session`;
  await expectPage(sessionUrl, (body) => body.includes('"unread":10'), "the unread count (not seeded?)", {
    cookie: first.cookie,
  });
  const header = await loadPage(sessionUrl, "next start, /api/session", options, { servers: [next], cookies });
  return { available: true, ...load, sessions: learners.length, header };
}

/** The dashboard's floor: the same sessions and load against floor-app.ts (the same queries, no framework). */
export async function dashboardFloorFigure(
  floor: NextServer,
  learners: readonly SeededLearner[],
  options: BenchOptions,
): Promise<BenchResults["floors"]["dashboard"]> {
  console.log(`• Floor: dashboard on node:http (${learners.length} sessions)`);
  const first = learners[0];
  if (!first) throw new Error("no learners were seeded");
  const url = `${floor.url}/dashboard`;
  await expectPage(url, (body) => body.includes(first.name) && body.includes("Time to look back"), "the page", {
    cookie: first.cookie,
  });
  const load = await loadPage(url, "floor, /dashboard", options, {
    servers: [floor],
    cookies: learners.map((l) => l.cookie),
  });
  return { available: true, ...load };
}
