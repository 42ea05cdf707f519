// Command-line options of `npm run bench`. The full run is what
// docs/performance.md quotes; --quick keeps the same shape with short
// durations for working on the bench itself.

export const SCENARIOS = [
  "weight",
  "lesson",
  "dashboard",
  "cohort",
  "journal",
  "autosave",
  "scale",
  "lighthouse",
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export type BenchOptions = {
  quick: boolean;
  skipBuild: boolean;
  /** Run every server under `node --cpu-prof` and print where its CPU time went, per figure. */
  profile: boolean;
  only: ReadonlySet<ScenarioName>;
  /** autocannon warm-up and measured seconds for page figures. */
  warmupS: number;
  loadS: number;
  connections: number;
  dashboardSessions: number;
  learners: number;
  /** Learners in the cohort whose overview page the facilitator opens. */
  cohortLearners: number;
  /**
   * Connections for the cohort overview: a page for the few who run a
   * cohort, a handful at once rather than the learners' 50 (each request is
   * many times a lesson's work; at 50, requests wait seconds in the queue and
   * p95 measures the queue).
   */
  cohortConnections: number;
  /**
   * Seconds between two requests of one session in the paced page runs
   * (decision 064): 50 sessions, each asking for the page this often and
   * waiting for it, for the "p99 < 250 ms at 50 sessions" targets.
   */
  pageIntervalS: number;
  autosaveS: number;
  /** Seconds between two saves of one learner. */
  saveIntervalS: number;
  journalEntries: number;
  journalRequests: number;
  /** Lighthouse runs per page; the median run is reported. */
  lighthouseRuns: number;
  resultsFile: string;
};

export const USAGE = `Usage: npm run bench -- [--quick] [--skip-build] [--only=${SCENARIOS.join(",")}]

  --quick        short durations (about 2 minutes after the build); results go to bench/tmp/
  --skip-build   reuse the build in .next-bench (fails if there is none)
  --only=a,b     run only these figures (the others print as "not run")
  --lighthouse-runs=N  Lighthouse runs per page, the median kept (default 3; 1 with --quick)
  --profile      run the servers under node --cpu-prof (profiles in bench/tmp/profiles/) and print
                 where the CPU time went during each figure, by area and by function`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let skipBuild = false;
  let profile = false;
  let only: Set<ScenarioName> = new Set(SCENARIOS);
  let lighthouseRuns: number | null = null;
  for (const arg of argv) {
    if (arg === "--quick") quick = true;
    else if (arg === "--skip-build") skipBuild = true;
    else if (arg === "--profile") profile = true;
    else if (arg.startsWith("--only=")) only = parseOnly(arg.slice("--only=".length));
    else if (arg.startsWith("--lighthouse-runs=")) lighthouseRuns = parseRuns(arg.slice("--lighthouse-runs=".length));
    else throw new UsageError(`Unknown option "${arg}".\n${USAGE}`);
  }
  return {
    quick,
    skipBuild,
    profile,
    only,
    warmupS: quick ? 1 : 2,
    loadS: quick ? 3 : 10,
    connections: 50,
    dashboardSessions: 50,
    learners: 200,
    cohortLearners: 200,
    cohortConnections: 5,
    pageIntervalS: 1,
    autosaveS: quick ? 8 : 30,
    saveIntervalS: 1,
    journalEntries: 5000,
    journalRequests: quick ? 5 : 20,
    lighthouseRuns: lighthouseRuns ?? (quick ? 1 : 3),
    // A quick run is not comparable with the published figures: keep it out of git.
    resultsFile: quick ? "bench/tmp/results.quick.json" : "bench/results.json",
  };
}

function parseRuns(value: string): number {
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) {
    throw new UsageError(`--lighthouse-runs takes a whole number from 1 to 9, not "${value}".`);
  }
  return runs;
}

function parseOnly(value: string): Set<ScenarioName> {
  const names = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set<string>(SCENARIOS);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length || names.length === 0) {
    throw new UsageError(`--only takes a comma-separated list of: ${SCENARIOS.join(", ")}.`);
  }
  return new Set(names as ScenarioName[]);
}
