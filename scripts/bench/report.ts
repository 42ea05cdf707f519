// Turns measured figures into the rows of the printed table. Pure: the same
// results always give the same report.
import type { AutosaveRun, BenchResults, HttpLoad, Maybe, PacedLoad, WithPaced } from "./figures";
import { formatCount, formatKb, formatMs, formatPercent, formatTimes, ratio } from "./stats";
import type { Row, Section } from "./table";

import {
  coresAsked,
  failedText,
  journalLoad,
  pacedLabel,
  pacedMet,
  pacedOf,
  TARGETS,
  timesFloor,
  why,
} from "./targets";

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

/** "; 2.70× floor" after a verdict, when the floor was measured in the same run. */
function floorNote(
  ours: Maybe<{ cpuMsPerRequest: number | null }>,
  floor: Maybe<{ cpuMsPerRequest: number | null }>,
): string {
  const times = timesFloor(ours, floor);
  return times === null ? "" : `; ${formatTimes(times)} floor`;
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

/** Next.js's empty signed-in page: the framework's own cost per request, as a multiple of the dashboard's floor. */
function frameworkRow(framework: Maybe<HttpLoad>, floor: Maybe<HttpLoad>): Row {
  const figure = "Next.js's empty signed-in page (reads cookies, renders a heading)";
  if (!framework.available) return { figure, value: why(framework), comparedWith: DASH, verdict: DASH };
  const floorCpu = floor.available && floor.cpuMsPerRequest !== null ? formatMs(floor.cpuMsPerRequest) : "n/a";
  return {
    figure,
    value: loadText(framework),
    comparedWith: `dashboard floor: ${floorCpu} CPU/request`,
    verdict: `the framework alone: ${formatTimes(timesFloor(framework, floor))} that floor`,
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

/** The cohort overview against the lesson, with its two targets and its multiple of the floor. */
function cohortRow(
  cohort: BenchResults["cohort"],
  lesson: BenchResults["lesson"],
  floor: BenchResults["floors"]["cohort"],
): Row {
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
    `${formatPercent(ratio(cohort.rps, lessonRps))} of the lesson${floorNote(cohort, floor)}; ${targets.join("; ")}`,
  );
}

/** An HTTP load's figures, or that nothing was answered (a p50 of 0 would read as fast). */
function answeredText(load: HttpLoad): string {
  return load.requests > 0 ? loadText(load) : `no page answered within the ${formatCount(load.durationS)} s run`;
}

/**
 * Figure 5: the journal one request at a time (p50 against its target, CPU
 * per request against the floor's), the same page under load at 50 sessions
 * (p99 against its target), and the floor's own row. The multiple of the
 * floor is taken one request at a time: nothing queued, every request
 * answered, on both sides.
 */
export function journalRows(journal: BenchResults["journal"], floor: BenchResults["floors"]["journal"]): Row[] {
  const floorFigure = "/journal floor (node:http, same lib queries, template string)";
  const times = timesFloor(journal, floor);
  const floorRowOf = (): Row => {
    if (!floor.available) return { figure: floorFigure, value: why(floor), comparedWith: DASH, verdict: DASH };
    const oursCpu = journal.available && journal.cpuMsPerRequest !== null ? formatMs(journal.cpuMsPerRequest) : "n/a";
    return {
      figure: floorFigure,
      value:
        `one at a time: p50 ${formatMs(floor.latency.p50)}${cpuText(floor.cpuMsPerRequest, "req")}; ` +
        `${floor.load.connections} sessions: ${answeredText(floor.load)}`,
      comparedWith: `ours: ${oursCpu} CPU/request`,
      verdict: `ours ${formatTimes(times)} floor; ${verdictText(times === null ? null : times <= TARGETS.pageTimesFloor, `≤ ${TARGETS.pageTimesFloor}×`)}`,
    };
  };
  if (!journal.available) {
    return [{ figure: "/journal, long journal", value: why(journal), comparedWith: DASH, verdict: DASH }, floorRowOf()];
  }
  const l = journal.latency;
  const load = journal.load;
  const floorLoad = journalLoad(floor);
  const loadTimes = timesFloor(journalLoad(journal), floorLoad);
  return [
    {
      figure: `/journal, ${formatCount(journal.entries)} entries, ${journal.requests} sequential requests`,
      value:
        `p50 ${formatMs(l.p50)} · p95 ${formatMs(l.p95)} · ${formatKb(journal.responseBytes)} HTML` +
        `${cpuText(journal.cpuMsPerRequest, "req")}${times === null ? "" : ` (${formatTimes(times)} floor)`}`,
      comparedWith: floor.available ? `floor: p50 ${formatMs(floor.latency.p50)}` : DASH,
      verdict: verdictText(l.p50 < TARGETS.journalP50Ms, `p50 < ${TARGETS.journalP50Ms} ms`),
    },
    {
      figure: `/journal under load, ${load.connections} sessions`,
      value: answeredText(load),
      comparedWith: rpsText(floorLoad, "floor"),
      verdict:
        (loadTimes === null ? "" : `${formatTimes(loadTimes)} floor; `) +
        verdictText(load.requests > 0 && load.p99 < TARGETS.pageP99Ms, `p99 < ${TARGETS.pageP99Ms} ms`),
    },
    floorRowOf(),
  ];
}

function pacedText(paced: PacedLoad): string {
  const l = paced.latency;
  const failed = paced.failed ? ` · ${failedText(paced)}` : "";
  if (paced.answered === 0) return `no page answered within the ${formatCount(paced.durationS)} s run${failed}`;
  return (
    `p50 ${formatMs(l.p50)} · p95 ${formatMs(l.p95)} · p99 ${formatMs(l.p99)}${failed}` +
    cpuText(paced.cpuMsPerRequest, "req")
  );
}

/**
 * A paced run's row: the run, what it is compared with (another paced run,
 * labelled), and the p99 target with the CPU the sessions asked for.
 */
function measuredPacedRow(
  page: string,
  paced: PacedLoad,
  compared: { label: string; paced: PacedLoad | undefined },
  coresNote = "",
): Row {
  const cores = coresAsked(paced);
  return {
    figure: `${page}, ${pacedLabel(paced)}`,
    value: pacedText(paced),
    comparedWith: compared.paced ? `${compared.label}: ${pacedText(compared.paced)}` : DASH,
    verdict:
      verdictText(pacedMet(paced), `p99 < ${TARGETS.pageP99Ms} ms`) +
      (cores === null ? "" : `; ${cores.toFixed(2)} s of CPU asked for per second${coresNote}`),
  };
}

/** One page at a steady pace against its floor at the same pace, with the p99 target (decision 064). */
function pacedRow(page: string, ours: Maybe<WithPaced>, floor: Maybe<WithPaced>): Row {
  const paced = pacedOf(ours);
  if (!paced) {
    const value = ours.available ? "not measured at a steady pace in this run" : why(ours);
    return { figure: page, value, comparedWith: DASH, verdict: DASH };
  }
  return measuredPacedRow(page, paced, { label: "floor", paced: pacedOf(floor) });
}

/** Section 7: the signed-in pages as people use them, the figure their p99 targets are judged on. */
function pacedSection(results: BenchResults): Section {
  const { dashboard, journal, cohort, floors } = results;
  return {
    title: "7. Signed-in pages at a steady pace (each session one page a second, waiting for it)",
    rows: [
      pacedRow("/dashboard", dashboard, floors.dashboard),
      pacedRow("/journal, 5,000 entries", journal, floors.journal),
      pacedRow("/facilitator/cohorts/<id>", cohort, floors.cohort),
    ],
  };
}

/** One page at a steady pace on two instances behind nginx, beside the same page on one (decision 069). */
function twoInstanceRow(page: string, two: Maybe<PacedLoad>, one: Maybe<WithPaced>): Row {
  if (!two.available) return { figure: page, value: why(two), comparedWith: DASH, verdict: DASH };
  return measuredPacedRow(page, two, { label: "1 instance", paced: pacedOf(one) }, ", of 2 cores");
}

/** Section 8: section 7's pages served by two instances on the SQLite file (absent in results from before it). */
function twoInstanceSection(results: BenchResults): Section[] {
  const pages = results.scale.pagesTwo;
  if (!pages) return [];
  return [
    {
      title: "8. The same pace on two next start behind nginx (SQLite, one file)",
      rows: [
        twoInstanceRow("/dashboard", pages.dashboard, results.dashboard),
        twoInstanceRow("/journal, 5,000 entries", pages.journal, results.journal),
        twoInstanceRow("/facilitator/cohorts/<id>", pages.cohort, results.cohort),
      ],
    },
  ];
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
        figure: "Lesson first-load JS over Next.js's empty page",
        value: weight.framework ? formatKb(weight.lessonGzip - weight.framework.gzip) : "empty page not built",
        comparedWith: weight.framework
          ? `empty page: ${formatKb(weight.framework.gzip)} in ${weight.framework.chunks} chunk(s)`
          : DASH,
        verdict: weight.framework
          ? verdictText(weight.lessonGzip - weight.framework.gzip <= TARGETS.lessonOwnJsBytes, "≤ 20 KB")
          : DASH,
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
          `${formatPercent(ratio(dashboard.available ? dashboard.rps : null, lesson.next.available ? lesson.next.rps : null))} of the lesson${floorNote(dashboard, floors.dashboard)}`,
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
        cohortRow(cohort, lesson, floors.cohort),
        floorRow(
          "/dashboard floor (node:http, same lib queries, template string)",
          floors.dashboard,
          dashboard,
          TARGETS.pageTimesFloor,
        ),
        floorRow(
          "/facilitator/cohorts/<id> floor (node:http, same lib queries, template string)",
          floors.cohort,
          cohort,
          TARGETS.pageTimesFloor,
        ),
        frameworkRow(floors.framework, floors.dashboard),
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
    { title: "5. A long journal", rows: journalRows(journal, floors.journal) },
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
    pacedSection(results),
    ...twoInstanceSection(results),
  ];
}
