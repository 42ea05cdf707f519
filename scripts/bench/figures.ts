// The shapes of every figure the bench measures. A figure that could not be
// measured carries the reason instead of a number, so one missing tool (nginx,
// PostgreSQL, a page still being written) never stops the rest of the run.
import type { PacedLoad } from "./load/paced";
import type { LatencySummary } from "./stats";
import type { SaveVerification } from "./verify-saves";

export type Unavailable = { available: false; reason: string };
export type Maybe<T> = ({ available: true } & T) | Unavailable;

export function unavailable(reason: string): Unavailable {
  return { available: false, reason };
}

export function isAvailable<T>(value: Maybe<T>): value is { available: true } & T {
  return value.available;
}

/** Runs `work`; an exception becomes an unavailable figure naming the reason. */
export async function measure<T>(label: string, work: () => Promise<Maybe<T>>): Promise<Maybe<T>> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(`  ${label}: not measured (${reason})`);
    return unavailable(reason ?? "unknown error");
  }
}

/** One autocannon run against one URL. Latency in milliseconds. */
export type { PacedLoad };

/** A page's figures may carry the same page at a steady pace (decision 064); absent in results from before it. */
export type WithPaced = { paced?: PacedLoad };

export type HttpLoad = {
  target: string;
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50: number;
  /** Only when the figure asked for it (autocannon gives p50 and p99, not p95). */
  p95?: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU time of the server processes (nginx and Node) per request; null off Linux. */
  cpuMsPerRequest: number | null;
  /** Share of one core the load generator used (1 = saturated: the figure is the client's limit). */
  clientCpuShare: number;
};

export type AutosaveRun = {
  target: string;
  learners: number;
  durationS: number;
  /** Saves per second the learners would send if every answer came at once. */
  offeredPerS: number;
  attempted: number;
  saved: number;
  savesPerS: number;
  /** Every answered request, whatever its status (the learner waited for each). */
  latency: LatencySummary;
  /** Non-2xx answers (409 conflicts included) plus network failures and timeouts. */
  errors: number;
  conflicts: number;
  statuses: Record<string, number>;
  cpuMsPerRequest: number | null;
  verification: SaveVerification;
};

export type Chunk = { file: string; gzipBytes: number };

export type PageWeight = {
  lessonPath: string;
  baselinePath: string;
  lessonGzip: number;
  baselineGzip: number;
  /** Chunks the lesson loads that the baseline page does not. */
  ownGzip: number;
  ownChunks: Chunk[];
  reflection: { chunks: Chunk[]; gzipBytes: number; inFirstLoad: boolean; marker: string };
  /** Next.js's own empty page (scripts/bench/empty-next), built with the same versions; null when it would not build. */
  framework: { gzip: number; chunks: number } | null;
};

export type JournalTiming = {
  entries: number;
  requests: number;
  responseBytes: number;
  latency: LatencySummary;
  /** Server CPU per request over the sequential requests; null off Linux. */
  cpuMsPerRequest: number | null;
  /** The same page under load: 50 connections, each request one of the learner's 50 sessions. */
  load: HttpLoad;
} & WithPaced;

export type BenchResults = {
  lesson: {
    path: string;
    cacheControl: Maybe<{ value: string }>;
    next: Maybe<HttpLoad>;
    nginx: Maybe<HttpLoad>;
    nodeStatic: Maybe<HttpLoad>;
    proxyCache: Maybe<HttpLoad & { cacheStatus: string }>;
  };
  /** The page, and the header's own request on it (who is signed in, how many unread notifications). */
  dashboard: Maybe<HttpLoad & WithPaced & { sessions: number; header?: HttpLoad }>;
  /** The facilitator's overview of one cohort: every learner's progress, two charts and counts over all of them. */
  cohort: Maybe<HttpLoad & WithPaced & { p95: number; learners: number; lessons: number }>;
  autosave: { sqlite: Maybe<AutosaveRun>; postgresql: Maybe<AutosaveRun> };
  pageWeight: Maybe<PageWeight>;
  journal: Maybe<JournalTiming>;
  /**
   * The floors (scripts/bench/servers/floor-app.ts, decision 049): the same
   * essential work on plain node:http, measured in the same run under the
   * same load, so our CPU per request can be given as a multiple of theirs.
   */
  floors: {
    autosaveSqlite: Maybe<AutosaveRun>;
    autosavePostgresql: Maybe<AutosaveRun>;
    dashboard: Maybe<HttpLoad & WithPaced>;
    /** The journal of 5,000 entries: the same sequential requests and the same load (decision 052). */
    journal: Maybe<JournalTiming>;
    /** The cohort overview, at the same connections as ours (decision 052). */
    cohort: Maybe<HttpLoad & WithPaced>;
    /**
     * Next.js's own empty signed-in page (scripts/bench/empty-next, a page
     * that reads cookies and renders a heading), under the dashboard's load
     * and cookies: what the framework costs per request before any of our
     * work, beside the floors (decision 058).
     */
    framework: Maybe<HttpLoad>;
  };
  scale: {
    lessonOne: Maybe<HttpLoad>;
    lessonTwo: Maybe<HttpLoad>;
    autosaveOne: Maybe<AutosaveRun>;
    autosaveTwo: Maybe<AutosaveRun>;
    /**
     * The signed-in pages at section 7's steady pace on two `next start`
     * behind nginx, on the SQLite file (decision 069); absent in results from
     * before it.
     */
    pagesTwo?: TwoInstancePages;
  };
};

/** Section 8's paced runs, one per signed-in page. */
export type TwoInstancePages = {
  dashboard: Maybe<PacedLoad>;
  journal: Maybe<PacedLoad>;
  cohort: Maybe<PacedLoad>;
};
