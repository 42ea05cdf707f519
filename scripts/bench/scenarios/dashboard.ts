// Figure 2: the learner dashboard, signed in, every request a different
// learner of the pool (session lookup, cohorts, assignments, progress,
// replies, nudges and look-backs due: the page's real work), then the
// header's own request on every page (/api/session: who is signed in and how
// many notifications are unread).
import type { BenchResults } from "../figures";
import type { BenchOptions } from "../options";
import type { SeededLearner } from "../seed/learners";
import { ensureEmptyNext, startEmptyNext } from "../servers/empty-next";
import type { NextServer } from "../servers/next";
import { expectPage, loadPage, pacedPage } from "./lesson";

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
  const paced = await pacedPage(url, "next start, /dashboard", options, { servers: [next], cookies });
  const sessionUrl = `${next.url}/api/session`;
  await expectPage(sessionUrl, (body) => body.includes('"unread":10'), "the unread count (not seeded?)", {
    cookie: first.cookie,
  });
  const header = await loadPage(sessionUrl, "next start, /api/session", options, { servers: [next], cookies });
  return { available: true, ...load, paced, sessions: learners.length, header };
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
  const cookies = learners.map((l) => l.cookie);
  const load = await loadPage(url, "floor, /dashboard", options, { servers: [floor], cookies });
  const paced = await pacedPage(url, "floor, /dashboard", options, { servers: [floor], cookies });
  return { available: true, ...load, paced };
}

/**
 * The framework's own floor for a signed-in page: Next.js's empty app
 * (scripts/bench/empty-next) answering /signed-in, a page that reads the
 * cookies and renders a heading, under the dashboard's load and cookies. What
 * any page rendered per request costs before our layout, session or queries.
 */
export async function frameworkFigure(
  learners: readonly SeededLearner[],
  options: BenchOptions,
): Promise<BenchResults["floors"]["framework"]> {
  console.log(`• Next.js's empty signed-in page (${learners.length} sessions)`);
  await ensureEmptyNext();
  const empty = await startEmptyNext();
  try {
    const url = `${empty.url}/signed-in`;
    await expectPage(url, (body) => body.includes("An empty signed-in page"), "the empty page", {
      cookie: learners[0]?.cookie ?? "",
    });
    const load = await loadPage(url, "Next.js, empty signed-in page", options, {
      servers: [empty],
      cookies: learners.map((l) => l.cookie),
    });
    return { available: true, ...load };
  } finally {
    await empty.stop();
  }
}
