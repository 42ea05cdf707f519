// What an operator can watch: counters and histograms in Prometheus's text
// format, through prom-client (docs/operations/metrics.md,
// docs/decisions/042-metrics-and-request-ids.md).
//
// One registry per process. The app runs as two copies of this module in one
// process — the one tsx loads for scripts/serve.ts (which times every request)
// and the one Next.js bundles for the route handlers (which count saves and
// serve /api/metrics) — so the registry and its metrics live on globalThis
// under a Symbol.for key and every function below goes through it. Nothing
// here is created at import time.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * Route groups, the only values of the `group` label: a fixed set, never a
 * raw path, so the number of series stays small whatever URLs people try.
 */
export const ROUTE_GROUPS = [
  "home",
  "lesson",
  "journal",
  "dashboard",
  "facilitator",
  "admin",
  "account",
  "auth",
  "calendar",
  "api-reflections",
  "api-health",
  "api-metrics",
  "api-other",
  "actions",
  "static",
  "other",
] as const;
export type RouteGroup = (typeof ROUTE_GROUPS)[number];

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const PREFIXES: [RegExp, RouteGroup][] = [
  [/^\/(_next|favicon\.ico|icon|apple-icon|robots\.txt|sitemap\.xml|manifest\.webmanifest)(\/|$|\.)/, "static"],
  [/^\/(about)?$/, "home"],
  [/^\/learn(\/|$)/, "lesson"],
  [/^\/journal(\/|$)/, "journal"],
  [/^\/(dashboard|notifications|join|invite)(\/|$)/, "dashboard"],
  [/^\/facilitator(\/|$)/, "facilitator"],
  [/^\/admin(\/|$)/, "admin"],
  [/^\/(account|goodbye)(\/|$)/, "account"],
  [/^\/(sign-in|sign-up|forgot-password|reset-password|api\/auth)(\/|$)/, "auth"],
  [/^\/calendar(\/|$)/, "calendar"],
  [/^\/api\/reflections(\/|$)/, "api-reflections"],
  [/^\/api\/health\/?$/, "api-health"],
  [/^\/api\/metrics\/?$/, "api-metrics"],
  [/^\/api(\/|$)/, "api-other"],
];

/**
 * The group a request belongs to. A server action (a POST carrying Next.js's
 * `Next-Action` header) is "actions" whatever page it was posted to.
 */
export function routeGroup(method: string, url: string, isServerAction = false): RouteGroup {
  if (isServerAction && method.toUpperCase() === "POST") return "actions";
  let pathname: string;
  try {
    pathname = new URL(url, "http://x").pathname;
  } catch {
    return "other";
  }
  for (const [pattern, group] of PREFIXES) if (pattern.test(pathname)) return group;
  return "other";
}

/** "2xx" … "5xx": the status label. */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : "other";
}

function methodLabel(method: string | undefined): string {
  const upper = (method ?? "").toUpperCase();
  return METHODS.has(upper) ? upper : "other";
}

export type AutosaveOutcome = "saved" | "conflict" | "rejected" | "failed";
export type Job = "reminders" | "look-backs" | "backups";
export type JobOutcome = "ok" | "failed";

type Metrics = {
  registry: Registry;
  httpRequests: Counter<"group" | "method" | "status">;
  httpDuration: Histogram<"group" | "method" | "status">;
  autosaves: Counter<"outcome">;
  emails: Counter<"outcome">;
  jobRuns: Counter<"job" | "outcome">;
  jobLastRun: Gauge<"job" | "outcome">;
};

const KEY = Symbol.for("it-takes-two.metrics");
type Holder = { [KEY]?: Metrics };

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const metrics: Metrics = {
    registry,
    httpRequests: new Counter({
      name: "itt_http_requests_total",
      help: "HTTP requests answered, by route group, method and status class.",
      labelNames: ["group", "method", "status"],
      registers,
    }),
    httpDuration: new Histogram({
      name: "itt_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, by route group, method and status class.",
      labelNames: ["group", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    autosaves: new Counter({
      name: "itt_autosaves_total",
      help: "Answers saved through PUT /api/reflections/:id, by outcome: saved, conflict (a newer text exists), rejected (4xx), failed (5xx).",
      labelNames: ["outcome"],
      registers,
    }),
    emails: new Counter({
      name: "itt_emails_total",
      help: "Emails handed to the SMTP server (sent) or refused by it or unreachable (failed).",
      labelNames: ["outcome"],
      registers,
    }),
    jobRuns: new Counter({
      name: "itt_job_runs_total",
      help: "Runs of background jobs (reminders, look-backs, backups) in this process, by outcome.",
      labelNames: ["job", "outcome"],
      registers,
    }),
    jobLastRun: new Gauge({
      name: "itt_job_last_run_timestamp_seconds",
      help: "When a job last finished in this process (Unix time), by outcome.",
      labelNames: ["job", "outcome"],
      registers,
    }),
  };
  // Series that exist from the start read 0, rather than being absent until
  // the first event: rate() and alerts then work from the first scrape.
  for (const outcome of ["saved", "conflict", "rejected", "failed"] as const) metrics.autosaves.inc({ outcome }, 0);
  for (const outcome of ["sent", "failed"] as const) metrics.emails.inc({ outcome }, 0);
  for (const job of ["reminders", "look-backs", "backups"] as const)
    for (const outcome of ["ok", "failed"] as const) metrics.jobRuns.inc({ job, outcome }, 0);
  return metrics;
}

function metrics(): Metrics {
  const holder = globalThis as Holder;
  holder[KEY] ??= create();
  return holder[KEY];
}

/** Times one request; call the returned function once its response is over. */
export function startHttpTimer(): (request: { group: RouteGroup; method?: string; status: number }) => void {
  const started = process.hrtime.bigint();
  return ({ group, method, status }) => {
    const labels = { group, method: methodLabel(method), status: statusClass(status) };
    const m = metrics();
    m.httpRequests.inc(labels);
    m.httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
  };
}

export function countAutosave(outcome: AutosaveOutcome): void {
  metrics().autosaves.inc({ outcome });
}

/** The outcome of an autosave from the status its answer carries. */
export function autosaveOutcome(status: number): AutosaveOutcome {
  if (status === 409) return "conflict";
  if (status >= 500) return "failed";
  if (status >= 400) return "rejected";
  return "saved";
}

export function countEmail(outcome: "sent" | "failed"): void {
  metrics().emails.inc({ outcome });
}

/** One finished run of a background job. The backup job calls it too. */
export function countJobRun(job: Job, outcome: JobOutcome): void {
  const m = metrics();
  m.jobRuns.inc({ job, outcome });
  m.jobLastRun.set({ job, outcome }, Date.now() / 1000);
}

/** Runs a job's task and counts it as ok or failed; the task's result or error passes through. */
export async function countedJob<T>(job: Job, task: () => Promise<T>): Promise<T> {
  try {
    const result = await task();
    countJobRun(job, "ok");
    return result;
  } catch (error) {
    countJobRun(job, "failed");
    throw error;
  }
}

/** The metrics as Prometheus text, and the content type to send it with. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
