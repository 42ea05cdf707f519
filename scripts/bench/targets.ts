// The targets the figures are judged against (not assertions: a missed
// target is reported, never a failed run). Pure.
import type { BenchResults, HttpLoad, Maybe } from "./figures";
import { formatKb, formatMs, formatPercent, ratio } from "./stats";

export type Target = { name: string; met: boolean | null; detail: string };

export const TARGETS = {
  lessonShareOfNginx: 0.5,
  autosaveP99Ms: 100,
  lessonOwnJsBytes: 20 * 1024,
  cohortP95Ms: 150,
  cohortCpuMs: 5,
} as const;

export function why(value: Maybe<unknown>): string {
  return value.available ? "" : `unavailable: ${value.reason}`;
}

export function buildTargets(results: BenchResults): Target[] {
  const { lesson, autosave, pageWeight, cohort } = results;
  const nginxRps = lesson.nginx.available ? lesson.nginx.rps : null;
  const share = (load: Maybe<HttpLoad>) => ratio(load.available ? load.rps : null, nginxRps);
  const shareTarget = (name: string, load: Maybe<HttpLoad>): Target => {
    const value = share(load);
    return {
      name,
      met: value === null ? null : value >= TARGETS.lessonShareOfNginx,
      detail: value === null ? why(load) || why(lesson.nginx) : `${formatPercent(value)} of nginx`,
    };
  };
  const sqlite = autosave.sqlite;
  const lost = [autosave.sqlite, autosave.postgresql].filter((r) => r.available);
  return [
    shareTarget("Lesson ≥ 50% of nginx, production set-up (nginx proxy cache)", lesson.proxyCache),
    shareTarget("Lesson ≥ 50% of nginx, next start alone", lesson.next),
    {
      name: "Autosave p99 < 100 ms, 200 learners, SQLite",
      met: sqlite.available ? sqlite.latency.p99 < TARGETS.autosaveP99Ms : null,
      detail: sqlite.available ? `p99 ${formatMs(sqlite.latency.p99)}` : why(sqlite),
    },
    {
      name: "Autosave 0 errors, SQLite",
      met: sqlite.available ? sqlite.errors === 0 : null,
      detail: sqlite.available ? `${sqlite.errors} errors` : why(sqlite),
    },
    {
      name: "Autosave 0 lost (every database measured)",
      met: lost.length ? lost.every((r) => r.available && r.verification.lost === 0) : null,
      detail:
        lost.map((r) => (r.available ? `${r.target}: ${r.verification.lost} lost` : "")).join("; ") || why(sqlite),
    },
    {
      name: `Cohort overview p95 < ${TARGETS.cohortP95Ms} ms, 200 learners`,
      met: cohort.available ? cohort.p95 < TARGETS.cohortP95Ms : null,
      detail: cohort.available ? `p95 ${formatMs(cohort.p95)} at ${cohort.connections} connections` : why(cohort),
    },
    {
      name: `Cohort overview < ${TARGETS.cohortCpuMs} ms of server CPU per request`,
      met: cohort.available && cohort.cpuMsPerRequest !== null ? cohort.cpuMsPerRequest < TARGETS.cohortCpuMs : null,
      detail: cohort.available
        ? cohort.cpuMsPerRequest === null
          ? "no CPU figure off Linux"
          : formatMs(cohort.cpuMsPerRequest)
        : why(cohort),
    },
    {
      name: "Lesson's own JS < 20 KB gzipped",
      met: pageWeight.available ? pageWeight.ownGzip < TARGETS.lessonOwnJsBytes : null,
      detail: pageWeight.available ? formatKb(pageWeight.ownGzip) : why(pageWeight),
    },
  ];
}

export function renderTargets(targets: readonly Target[]): string {
  return targets
    .map(
      (t) =>
        `  ${t.met === null ? "?" : t.met ? "✓" : "✗"} ${t.name}: ${t.met === null ? "not measured" : t.met ? "met" : "missed"} (${t.detail})`,
    )
    .join("\n");
}
