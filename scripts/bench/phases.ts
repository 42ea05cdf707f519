// The two halves of a run. SQLite (the default set-up): lesson, dashboard,
// cohort overview, journal and autosave on one `next start`, and the three
// signed-in pages at a steady pace on two behind nginx. PostgreSQL:
// autosave on one instance, then the lesson and autosave through nginx over
// two instances.
// Servers run one at a time where possible: on two cores, a server left
// idling is harmless but one left busy would skew the next figure.
import { createDb } from "../../lib/db/client";
import { createBenchDatabase } from "./databases";
import type { BenchResults, TwoInstancePages } from "./figures";
import { measure as measureFigure, unavailable, type Maybe } from "./figures";
import { profiled } from "./profile";
import type { BenchOptions } from "./options";
import { LESSON_PATH } from "./paths";
import { autosaveFigure } from "./scenarios/autosave";
import { cohortFigure, cohortFloorFigure } from "./scenarios/cohort";
import { dashboardFigure, dashboardFloorFigure, frameworkFigure } from "./scenarios/dashboard";
import { journalFigure } from "./scenarios/journal";
import { lessonFigures, loadPage } from "./scenarios/lesson";
import { seedCohort } from "./seed/cohort";
import { seedDashboardData } from "./seed/dashboard";
import { seedJournal } from "./seed/journal";
import { seedLearners, seedSessions } from "./seed/learners";
import { nginxBinary, startNginx } from "./servers/nginx";
import { startFloor } from "./servers/floor";
import { startNext, type NextServer } from "./servers/next";
import { pacedOnTwoInstances, type PacedTarget } from "./scenarios/two-instances";

/** A figure, and the stretch of the run it took (for cutting CPU profiles to it). */
function measure<T>(label: string, work: () => Promise<Maybe<T>>): Promise<Maybe<T>> {
  return profiled(label, () => measureFigure(label, work));
}

/** Section 8 (decision 069): the asked-for pages at a steady pace on two instances behind nginx. */
async function pagesOnTwo(
  first: NextServer,
  databaseUrl: string,
  results: BenchResults,
  options: BenchOptions,
  pages: Partial<Record<keyof TwoInstancePages, PacedTarget>>,
): Promise<void> {
  const asked = Object.fromEntries(Object.entries(pages).filter(([, page]) => page !== undefined));
  if (Object.keys(asked).length === 0) return;
  const measured = results.scale.pagesTwo ?? {
    dashboard: unavailable("not run (--only)"),
    journal: unavailable("not run (--only)"),
    cohort: unavailable("not run (--only)"),
  };
  const nginx = nginxBinary();
  if ("missing" in nginx) {
    for (const name of Object.keys(asked) as (keyof TwoInstancePages)[]) measured[name] = unavailable(nginx.missing);
  } else {
    try {
      Object.assign(measured, await pacedOnTwoInstances(first, databaseUrl, asked, options));
    } catch (error) {
      // The second instance or nginx did not start: said beside each page, and the run goes on.
      const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      for (const name of Object.keys(asked) as (keyof TwoInstancePages)[]) measured[name] = unavailable(reason);
    }
  }
  results.scale.pagesTwo = measured;
}

export async function sqlitePhase(options: BenchOptions, results: BenchResults): Promise<void> {
  const { only } = options;
  const database = await createBenchDatabase("sqlite", "sqlite");
  const db = createDb(database.url);
  try {
    console.log("  seeding SQLite: learners, cohorts, progress, a 200-learner cohort, a 5,000-entry journal…");
    const dashboardLearners = await seedLearners(db, options.dashboardSessions, "dash");
    if (only.has("dashboard")) await seedDashboardData(db, dashboardLearners);
    const cohort = only.has("cohort") ? await seedCohort(db, options.cohortLearners) : null;
    const savers = await seedLearners(db, options.learners, "save");
    const [writer] = await seedLearners(db, 1, "journal");
    if (!writer) throw new Error("the journal learner was not created");
    if (only.has("journal")) await seedJournal(db, writer.id, options.journalEntries);
    // The journal under load: 50 sessions of the one learner (a learner on many devices).
    const writerCookies = only.has("journal")
      ? [writer.cookie, ...(await seedSessions(db, writer.id, options.dashboardSessions - 1))]
      : [];

    const next = await startNext("next start (SQLite)", database.url);
    try {
      if (only.has("lesson")) results.lesson = await lessonFigures(next, options);
      if (only.has("dashboard")) {
        results.dashboard = await measure("dashboard", () => dashboardFigure(next, dashboardLearners, options));
      }
      if (cohort) {
        results.cohort = await measure("cohort overview", () => cohortFigure(next, cohort, options));
      }
      if (only.has("journal")) {
        results.journal = await measure("journal", () => journalFigure(next, writerCookies, options));
      }
      if (only.has("scale"))
        await pagesOnTwo(next, database.url, results, options, {
          dashboard: only.has("dashboard")
            ? { path: "/dashboard", cookies: dashboardLearners.map((l) => l.cookie), shows: "Time to look back" }
            : undefined,
          journal: only.has("journal")
            ? { path: "/journal", cookies: writerCookies, shows: `of ${options.journalEntries}` }
            : undefined,
          cohort: cohort
            ? {
                path: `/facilitator/cohorts/${encodeURIComponent(cohort.id)}`,
                cookies: [cohort.facilitator.cookie],
                shows: "Needs attention",
              }
            : undefined,
        });
      if (only.has("autosave")) {
        results.autosave.sqlite = await measure("autosave SQLite", () =>
          autosaveFigure({ target: "SQLite, 1 instance", url: next.url, servers: [next] }, savers, db, options),
        );
      }
    } finally {
      await next.stop();
    }
    // The floors, on the same database under the same load, once the app is stopped.
    if (only.has("dashboard") || only.has("autosave") || only.has("journal") || cohort) {
      const floor = await startFloor("floor (SQLite)", database.url);
      try {
        if (only.has("dashboard")) {
          results.floors.dashboard = await measure("dashboard floor", () =>
            dashboardFloorFigure(floor, dashboardLearners, options),
          );
        }
        if (cohort) {
          results.floors.cohort = await measure("cohort overview floor", () =>
            cohortFloorFigure(floor, cohort, options),
          );
        }
        if (only.has("journal")) {
          results.floors.journal = await measure("journal floor", () =>
            journalFigure(floor, writerCookies, options, "floor"),
          );
        }
        if (only.has("autosave")) {
          results.floors.autosaveSqlite = await measure("autosave floor SQLite", () =>
            autosaveFigure({ target: "floor, SQLite", url: floor.url, servers: [floor] }, savers, db, options),
          );
        }
      } finally {
        await floor.stop();
      }
    }
    if (only.has("dashboard")) {
      results.floors.framework = await measure("Next.js empty signed-in page", () =>
        frameworkFigure(dashboardLearners, options),
      );
    }
  } finally {
    await db.$disconnect();
    await database.release();
  }
}

export async function postgresPhase(options: BenchOptions, results: BenchResults): Promise<void> {
  const { only } = options;
  const database = await createBenchDatabase("postgresql", "pg");
  const db = createDb(database.url);
  try {
    const savers = await seedLearners(db, options.learners, "save");
    const first = await startNext("next start A (PostgreSQL)", database.url);
    try {
      if (only.has("scale")) {
        console.log("• Scale: lesson page, 1 instance (PostgreSQL)");
        results.scale.lessonOne = await measure("lesson, 1 instance", async () => ({
          available: true,
          ...(await loadPage(`${first.url}${LESSON_PATH}`, "next start A", options, { servers: [first] })),
        }));
      }
      // The single-instance PostgreSQL autosave is both figure 3's PostgreSQL
      // row and figure 6's baseline: one run, reported twice.
      const single = await measure("autosave PostgreSQL", () =>
        autosaveFigure({ target: "PostgreSQL, 1 instance", url: first.url, servers: [first] }, savers, db, options),
      );
      results.autosave.postgresql = single;
      results.scale.autosaveOne = single;
      if (only.has("autosave")) {
        const floor = await startFloor("floor (PostgreSQL)", database.url);
        try {
          results.floors.autosavePostgresql = await measure("autosave floor PostgreSQL", () =>
            autosaveFigure({ target: "floor, PostgreSQL", url: floor.url, servers: [floor] }, savers, db, options),
          );
        } finally {
          await floor.stop();
        }
      }
      if (!only.has("scale")) return;
      const nginx = nginxBinary();
      if ("missing" in nginx) {
        results.scale.lessonTwo = unavailable(nginx.missing);
        results.scale.autosaveTwo = unavailable(nginx.missing);
        return;
      }
      const second = await startNext("next start B (PostgreSQL)", database.url);
      try {
        const balancer = await startNginx("balancer", {
          kind: "balancer",
          upstreams: [`127.0.0.1:${first.port}`, `127.0.0.1:${second.port}`],
        });
        try {
          console.log("• Scale: lesson page, 2 instances behind nginx");
          results.scale.lessonTwo = await measure("lesson, 2 instances", async () => ({
            available: true,
            ...(await loadPage(`${balancer.url}${LESSON_PATH}`, "nginx → 2 × next start", options, {
              servers: [balancer, first, second],
            })),
          }));
          results.scale.autosaveTwo = await measure("autosave, 2 instances", () =>
            autosaveFigure(
              { target: "PostgreSQL, 2 instances", url: balancer.url, servers: [first, second], via: balancer },
              savers,
              db,
              options,
            ),
          );
        } finally {
          await balancer.stop();
        }
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
    }
  } finally {
    await db.$disconnect();
    await database.release();
  }
}
