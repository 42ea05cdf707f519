// Turns measured figures into the rows of the printed table. Pure: the same
// results always give the same report.
import type { AutosaveRun, BenchResults, HttpLoad, Maybe } from "./figures";
import { formatCount, formatKb, formatMs, formatPercent, formatTimes, ratio } from "./stats";
import type { Row, Section } from "./table";

import { TARGETS, timesFloor, why } from "./targets";

const DASH = "—";

function cpuText(ms: number | null, per: string): string {
  return ms === null ? "" : ` · ${formatMs(ms)} CPU/${per}`;
}

function loadText(load: HttpLoad): string {
  const problems = load.non2xx + load.errors;
  const p95 = load.p95 === undefined ? "" : ` · p95 ${formatMs(load.p95)}`;
  const base = `${formatCount(load.rps)} req/s · p50 ${formatMs(load.p50)}${p95} · p99 ${formatMs(load.p99)}`;
  return `${base}${problems ? ` · ${formatCount(problems)} failed` : ""}${cpuText(load.cpuMsPerRequest, "req")}`;
}

function rpsText(load: Maybe<HttpLoad>, label: string): string {
  return load.available ? `${label}: ${formatCount(load.rps)} req/s` : `${label}: n/a`;
}

function loadRow(figure: string, load: Maybe<HttpLoad>, comparedWith: string, verdict: string): Row {
  if (!load.available) return { figure, value: why(load), comparedWith: DASH, verdict: DASH };
  return { figure, value: loadText(load), comparedWith, verdict };
}

function verdictText(met: boolean | null, target: string): string {
  if (met === null) return `${target}: n/a`;
  return `${target}: ${met ? "met" : "MISSED"}`;
}

function autosaveText(run: AutosaveRun): string {
  const l = run.latency;
  return (
    `${formatCount(run.savesPerS)} of ${formatCount(run.offeredPerS)} saves/s · p50 ${formatMs(l.p50)} · ` +
    `p95 ${formatMs(l.p95)} · p99 ${formatMs(l.p99)}${cpuText(run.cpuMsPerRequest, "save")}`
  );
}

function integrityText(run: AutosaveRun): string {
  const v = run.verification;
  const statuses = Object.entries(run.statuses)
    .filter(([status]) => status !== "200")
    .map(([status, count]) => `${count}×${status}`)
    .join(", ");
  return (
    `${formatCount(run.errors)} errors${statuses ? ` (${statuses})` : ""} · ${v.lost} lost · ` +
    `${v.intact}/${v.learners} intact, ${formatCount(v.acknowledged)} acknowledged`
  );
}

/** " (2.70× floor)" after our CPU figure, when the floor was measured in the same run. */
function floorText(
  ours: Maybe<{ cpuMsPerRequest: number | null }>,
  floor: Maybe<{ cpuMsPerRequest: number | null }>,
): string {
  const times = timesFloor(ours, floor);
  return times === null ? "" : ` (${formatTimes(times)} floor)`;
}

/** The floor's own row: its figure, and ours as a multiple of it against the target. */
function floorRow(
  figure: string,
  floor: Maybe<HttpLoad> | Maybe<AutosaveRun>,
  ours: Maybe<{ cpuMsPerRequest: number | null }>,
  limit: number,
): Row {
  if (!floor.available) return { figure, value: why(floor), comparedWith: DASH, verdict: DASH };
  const times = timesFloor(ours, floor);
  const value = "latency" in floor ? autosaveText(floor) : loadText(floor);
  const oursCpu = ours.available && ours.cpuMsPerRequest !== null ? formatMs(ours.cpuMsPerRequest) : "n/a";
  return {
    figure,
    value,
    comparedWith: `ours: ${oursCpu} CPU/request`,
    verdict: `ours ${formatTimes(times)} floor; ${verdictText(times === null ? null : times <= limit, `≤ ${limit}×`)}`,
  };
}

function autosaveRows(
  label: string,
  run: Maybe<AutosaveRun>,
  compare: Maybe<AutosaveRun> | null,
  floor: Maybe<AutosaveRun> | null = null,
): Row[] {
  if (!run.available) return [{ figure: label, value: why(run), comparedWith: DASH, verdict: DASH }];
  const p99 = run.latency.p99;
  const comparedWith = compare?.available ? `${compare.target}: p99 ${formatMs(compare.latency.p99)}` : DASH;
  return [
    {
      figure: label,
      value: `${autosaveText(run)}${floor ? floorText(run, floor) : ""}`,
      comparedWith: compare ? comparedWith : `target p99 < ${TARGETS.autosaveP99Ms} ms`,
      verdict: compare?.available
        ? `p99 ${formatTimes(ratio(p99, compare.latency.p99))}`
        : verdictText(p99 < TARGETS.autosaveP99Ms, "p99"),
    },
    {
      figure: `${label}: integrity`,
      value: integrityText(run),
      comparedWith: "target 0 errors, 0 lost",
      verdict: verdictText(run.errors === 0 && run.verification.lost === 0, "0/0"),
    },
  ];
}

/**
 * Above this share of a core, the single-threaded load generator (sharing
 * the machine with the server) most likely set the pace, not the server.
 */
const CLIENT_BOUND = 0.75;

function ceilingText(load: HttpLoad): string {
  return load.clientCpuShare >= CLIENT_BOUND
    ? `the ceiling; likely client-bound (load generator at ${formatPercent(load.clientCpuShare)} of a core)`
    : "the ceiling";
}

/** Server CPU per request: the comparison a client-bound run cannot blur. */
function cpuRow(next: Maybe<HttpLoad>, nginx: Maybe<HttpLoad>): Row {
  const nextCpu = next.available ? next.cpuMsPerRequest : null;
  const nginxCpu = nginx.available ? nginx.cpuMsPerRequest : null;
  return {
    figure: "Server CPU per lesson request",
    value: `next start ${nextCpu === null ? "n/a" : formatMs(nextCpu)}`,
    comparedWith: `nginx static ${nginxCpu === null ? "n/a" : formatMs(nginxCpu)}`,
    verdict: `next costs ${formatTimes(ratio(nextCpu, nginxCpu))} nginx's CPU`,
  };
}

/** The cohort overview against the lesson, with its two targets. */
function cohortRow(cohort: BenchResults["cohort"], lesson: BenchResults["lesson"]): Row {
  const lessonRps = lesson.next.available ? lesson.next.rps : null;
  const figure = `/facilitator/cohorts/<id>${cohort.available ? `, ${cohort.learners} learners × ${cohort.lessons} lessons, ${cohort.connections} connections` : ""}`;
  if (!cohort.available) return loadRow(figure, cohort, DASH, DASH);
  const cpu = cohort.cpuMsPerRequest;
  const targets = [
    verdictText(cohort.p95 < TARGETS.cohortP95Ms, `p95 < ${TARGETS.cohortP95Ms} ms`),
    verdictText(cpu === null ? null : cpu < TARGETS.cohortCpuMs, `CPU < ${TARGETS.cohortCpuMs} ms`),
  ];
  return loadRow(
    figure,
    cohort,
    rpsText(lesson.next, "lesson, next start"),
    `${formatPercent(ratio(cohort.rps, lessonRps))} of the lesson; ${targets.join("; ")}`,
  );
}

function lessonSection(lesson: BenchResults["lesson"]): Section {
  const { next, nginx, nodeStatic, proxyCache, cacheControl } = lesson;
  const nginxRps = nginx.available ? nginx.rps : null;
  const nextRps = next.available ? next.rps : null;
  const cacheShare = ratio(proxyCache.available ? proxyCache.rps : null, nginxRps);
  const nextShare = ratio(nextRps, nginxRps);
  const met = (share: number | null) => (share === null ? null : share >= TARGETS.lessonShareOfNginx);
  return {
    title: `1. Lesson page signed out (${lesson.path})`,
    rows: [
      loadRow("next start", next, rpsText(nginx, "nginx static"), `next/nginx ${formatPercent(nextShare)}`),
      loadRow("nginx, static file", nginx, DASH, nginx.available ? ceilingText(nginx) : DASH),
      loadRow(
        "Node static (in memory)",
        nodeStatic,
        rpsText(next, "next start"),
        `next/node-static ${formatPercent(ratio(nextRps, nodeStatic.available ? nodeStatic.rps : null))}`,
      ),
      loadRow(
        "nginx proxy cache → next start",
        proxyCache,
        rpsText(nginx, "nginx static"),
        `${formatPercent(cacheShare)} of nginx; ${verdictText(met(cacheShare), "≥ 50%")}`,
      ),
      cpuRow(next, nginx),
      {
        figure: "Cache-Control from next start",
        value: cacheControl.available ? cacheControl.value : why(cacheControl),
        comparedWith: DASH,
        verdict:
          cacheControl.available && /s-maxage=\d+/.test(cacheControl.value) ? "shared-cacheable" : "not cacheable",
      },
    ],
  };
}

function weightSection(weight: BenchResults["pageWeight"]): Section {
  const title = "4. Page weight (first-load JS, gzip -9)";
  if (!weight.available)
    return { title, rows: [{ figure: "Lesson JS", value: why(weight), comparedWith: DASH, verdict: DASH }] };
  const own = weight.ownGzip;
  return {
    title,
    rows: [
      {
        figure: "Lesson's own JS",
        value: `${formatKb(own)} in ${weight.ownChunks.length} chunk(s)`,
        comparedWith: `target < ${formatKb(TARGETS.lessonOwnJsBytes)}`,
        verdict: verdictText(own < TARGETS.lessonOwnJsBytes, "< 20 KB"),
      },
      {
        figure: "Lesson first-load JS, total",
        value: formatKb(weight.lessonGzip),
        comparedWith: `${weight.baselinePath}: ${formatKb(weight.baselineGzip)}`,
        verdict: `lesson − baseline ${formatKb(weight.lessonGzip - weight.baselineGzip)}`,
      },
      {
        figure: "Reflection editor chunk(s)",
        value: `${formatKb(weight.reflection.gzipBytes)} in ${weight.reflection.chunks.length} chunk(s)${weight.reflection.inFirstLoad ? "" : " (lazy)"}`,
        comparedWith: `lesson's own JS: ${formatKb(own)}`,
        verdict: `${formatPercent(ratio(weight.reflection.gzipBytes, own))} of it`,
      },
    ],
  };
}

export function buildSections(results: BenchResults): Section[] {
  const { dashboard, cohort, autosave, journal, scale, lesson, floors } = results;
  const journalRow: Row = journal.available
    ? {
        figure: `/journal, ${formatCount(journal.entries)} entries`,
        value: `p50 ${formatMs(journal.latency.p50)} · p95 ${formatMs(journal.latency.p95)} · ${formatKb(journal.responseBytes)} HTML`,
        comparedWith: `${journal.requests} sequential requests`,
        verdict: "server time, measured at the client on loopback",
      }
    : { figure: "/journal, long journal", value: why(journal), comparedWith: DASH, verdict: DASH };
  const lessonOneRps = scale.lessonOne.available ? scale.lessonOne.rps : null;
  return [
    lessonSection(lesson),
    {
      title: "2. Signed in: learner dashboard, facilitator's cohort overview",
      rows: [
        loadRow(
          `/dashboard${dashboard.available ? `, ${dashboard.sessions} sessions round-robin` : ""}`,
          dashboard,
          rpsText(lesson.next, "lesson, next start"),
          `${formatPercent(ratio(dashboard.available ? dashboard.rps : null, lesson.next.available ? lesson.next.rps : null))} of the lesson${floorText(dashboard, floors.dashboard).replace(" (", "; ").replace(")", "")}`,
        ),
        ...(dashboard.available && dashboard.header
          ? [
              loadRow(
                "/api/session (the header: who, and unread notifications)",
                { available: true as const, ...dashboard.header },
                rpsText(dashboard, "the dashboard"),
                `${formatTimes(ratio(dashboard.header.rps, dashboard.rps))} the dashboard`,
              ),
            ]
          : []),
        cohortRow(cohort, lesson),
        floorRow(
          "/dashboard floor (node:http, same lib queries, template string)",
          floors.dashboard,
          dashboard,
          TARGETS.pageTimesFloor,
        ),
      ],
    },
    {
      title: "3. Autosave under load (1 save/s per learner)",
      rows: [
        ...autosaveRows("SQLite", autosave.sqlite, null, floors.autosaveSqlite),
        floorRow(
          "SQLite floor (node:http + @libsql/client)",
          floors.autosaveSqlite,
          autosave.sqlite,
          TARGETS.autosaveTimesFloor,
        ),
        ...autosaveRows("PostgreSQL", autosave.postgresql, autosave.sqlite, floors.autosavePostgresql),
        floorRow(
          "PostgreSQL floor (node:http + pg)",
          floors.autosavePostgresql,
          autosave.postgresql,
          TARGETS.autosaveTimesFloor,
        ),
      ],
    },
    weightSection(results.pageWeight),
    { title: "5. A long journal", rows: [journalRow] },
    {
      title: "6. Scale: two next start behind nginx (PostgreSQL)",
      rows: [
        loadRow("Lesson, 1 instance", scale.lessonOne, DASH, DASH),
        loadRow(
          "Lesson, 2 instances",
          scale.lessonTwo,
          rpsText(scale.lessonOne, "1 instance"),
          formatTimes(ratio(scale.lessonTwo.available ? scale.lessonTwo.rps : null, lessonOneRps)),
        ),
        ...autosaveRows("Autosave, 2 instances", scale.autosaveTwo, scale.autosaveOne),
      ],
    },
  ];
}
