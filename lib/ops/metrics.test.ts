import { describe, expect, it, vi } from "vitest";
import { metricsAccess } from "./metrics-access";
import {
  ROUTE_GROUPS,
  autosaveOutcome,
  countAutosave,
  countJobRun,
  countedJob,
  renderMetrics,
  routeGroup,
  startHttpTimer,
  statusClass,
} from "./metrics";

describe("routeGroup", () => {
  it("puts each part of the app in its group", () => {
    const cases: [string, string, string][] = [
      ["GET", "/", "home"],
      ["GET", "/about", "home"],
      ["GET", "/learn", "lesson"],
      ["GET", "/learn/check-yourself-first/whats-your-part?x=1", "lesson"],
      ["GET", "/journal/prompt/plan-my-part", "journal"],
      ["GET", "/dashboard", "dashboard"],
      ["GET", "/notifications/abc", "dashboard"],
      ["GET", "/join/CODE", "dashboard"],
      ["GET", "/facilitator/cohorts/c1/progress.csv", "facilitator"],
      ["GET", "/admin", "admin"],
      ["GET", "/account/delete", "account"],
      ["GET", "/goodbye", "account"],
      ["GET", "/sign-in?redirectTo=%2Fjournal", "auth"],
      ["GET", "/reset-password", "auth"],
      ["GET", "/calendar/abc.ics", "calendar"],
      ["PUT", "/api/reflections/0b6f/share", "api-reflections"],
      ["GET", "/api/reflections?lesson=a/b", "api-reflections"],
      ["GET", "/api/health", "api-health"],
      ["GET", "/api/metrics", "api-metrics"],
      ["GET", "/api/session", "api-other"],
      ["GET", "/_next/static/chunks/main.js", "static"],
      ["GET", "/favicon.ico", "static"],
      ["GET", "/wp-admin/setup.php", "other"],
      ["GET", "/learning", "other"],
      ["GET", "/journalist", "other"],
      ["GET", "/administrator", "other"],
    ];
    for (const [method, url, group] of cases) expect(routeGroup(method, url), url).toBe(group);
  });

  it("counts a server action as an action, whatever page it was posted to", () => {
    expect(routeGroup("POST", "/journal/delete", true)).toBe("actions");
    expect(routeGroup("GET", "/journal/delete", true)).toBe("journal");
  });

  it("never gives a value outside the fixed set, whatever the URL", () => {
    const odd = ["", "*", "//evil.example/x", "/%zz", "http://other.example/learn", "/".repeat(5000), "/a b", "?q"];
    for (const url of odd) expect(ROUTE_GROUPS).toContain(routeGroup("GET", url));
  });
});

describe("statusClass", () => {
  it("labels statuses by their hundreds", () => {
    expect([200, 204, 307, 404, 409, 503, 42].map(statusClass)).toEqual([
      "2xx",
      "2xx",
      "3xx",
      "4xx",
      "4xx",
      "5xx",
      "other",
    ]);
  });

  it("reads an autosave's outcome from its status", () => {
    expect([200, 409, 401, 422, 413, 500, 503].map(autosaveOutcome)).toEqual([
      "saved",
      "conflict",
      "rejected",
      "rejected",
      "rejected",
      "failed",
      "failed",
    ]);
  });
});

describe("metricsAccess", () => {
  const token = "a-long-enough-metrics-token-0123";

  it("is off when no token is configured, whatever the request sends", () => {
    expect(metricsAccess(undefined, null)).toBe("off");
    expect(metricsAccess(undefined, `Bearer ${token}`)).toBe("off");
    expect(metricsAccess("", "Bearer ")).toBe("off");
  });

  it("lets in only the exact token as a bearer token", () => {
    expect(metricsAccess(token, `Bearer ${token}`)).toBe("allowed");
    expect(metricsAccess(token, `bearer ${token}`)).toBe("allowed");
    expect(metricsAccess(token, null)).toBe("denied");
    expect(metricsAccess(token, "")).toBe("denied");
    expect(metricsAccess(token, token)).toBe("denied");
    expect(metricsAccess(token, `Basic ${token}`)).toBe("denied");
    expect(metricsAccess(token, `Bearer ${token}x`)).toBe("denied");
    expect(metricsAccess(token, `Bearer ${token.slice(0, -1)}`)).toBe("denied");
    expect(metricsAccess(token, `Bearer ${token.toUpperCase()}`)).toBe("denied");
    expect(metricsAccess(token, `Bearer ${token} ${token}`)).toBe("denied");
    expect(metricsAccess(token, "Bearer")).toBe("denied");
  });
});

describe("the registry", () => {
  const value = (text: string, series: string) => {
    const line = text.split("\n").find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it("reports counts, latencies, job runs and the process's own metrics in Prometheus text", async () => {
    const before = (await renderMetrics()).body;
    countAutosave("saved");
    countAutosave("conflict");
    countJobRun("backups", "failed");
    startHttpTimer()({ group: "lesson", method: "GET", status: 200 });
    startHttpTimer()({ group: "lesson", method: "BREW", status: 418 });
    const { body, contentType } = await renderMetrics();
    expect(contentType).toContain("text/plain");
    const saved = 'itt_autosaves_total{outcome="saved"}';
    expect(value(body, saved)).toBe((value(before, saved) ?? 0) + 1);
    expect(value(body, 'itt_autosaves_total{outcome="conflict"}')).toBe(
      (value(before, 'itt_autosaves_total{outcome="conflict"}') ?? 0) + 1,
    );
    expect(value(before, 'itt_autosaves_total{outcome="failed"}')).toBe(0);
    expect(value(body, 'itt_job_runs_total{job="backups",outcome="failed"}')).toBe(1);
    expect(value(body, 'itt_job_runs_total{job="backups",outcome="ok"}')).toBe(0);
    expect(value(body, 'itt_job_last_run_timestamp_seconds{job="backups",outcome="failed"}')).toBeGreaterThan(
      Date.now() / 1000 - 60,
    );
    expect(value(body, 'itt_http_requests_total{group="lesson",method="GET",status="2xx"}')).toBe(1);
    expect(value(body, 'itt_http_requests_total{group="lesson",method="other",status="4xx"}')).toBe(1);
    expect(value(body, 'itt_http_request_duration_seconds_count{group="lesson",method="GET",status="2xx"}')).toBe(1);
    expect(body).toContain("process_cpu_user_seconds_total");
    expect(body).toContain("nodejs_eventloop_lag_seconds");
  });

  it("counts a job as failed when its task throws, and passes the error on", async () => {
    const series = 'itt_job_runs_total{job="reminders",outcome="failed"}';
    const before = value((await renderMetrics()).body, series) ?? 0;
    await expect(countedJob("reminders", () => Promise.reject(new Error("database gone")))).rejects.toThrow(
      "database gone",
    );
    await expect(countedJob("reminders", () => Promise.resolve(7))).resolves.toBe(7);
    expect(value((await renderMetrics()).body, series)).toBe(before + 1);
  });

  it("is one registry per process, shared by every copy of the module", async () => {
    // A fresh evaluation of the module, as Next.js's bundle holds beside the copy tsx loads.
    vi.resetModules();
    const again = await import("./metrics");
    expect(again.countJobRun).not.toBe(countJobRun);
    countJobRun("look-backs", "ok");
    expect((await again.renderMetrics()).body).toContain('itt_job_runs_total{job="look-backs",outcome="ok"} 1');
  });
});
