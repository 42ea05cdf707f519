// What an operator can watch (docs/operations/metrics.md): /api/metrics is off
// unless METRICS_TOKEN is set and then only for that bearer token; one real
// autosave moves its counter; every response carries an X-Request-Id that the
// server's own log lines carry too; /api/health says up or down and nothing
// about how the site is built. Real servers and databases, as people run them.
import { randomUUID } from "node:crypto";
import { createDb } from "../../lib/db/client";
import { createTestDatabase } from "../setup/test-database";
import { launchAppServer } from "./support/app-server";
import { expect, test } from "./support/fixtures";
import { withCleanup } from "./support/reliability/cleanup";
import { putReflection } from "./support/reliability/save-load";
import { sessionCookieHeader } from "./support/reliability/sessions";
import { createUser } from "./support/session";

const TOKEN = "metrics-token-for-the-e2e-test-0123456789";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The value of one series in Prometheus text, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Whether a body holds any metric at all (ours or the process's). */
function hasMetrics(text: string): boolean {
  return /itt_|process_cpu|nodejs_|# TYPE/.test(text);
}

test.describe("metrics, request ids and health", () => {
  test("metrics are off without METRICS_TOKEN; each response has its own request id, which a client cannot choose", async ({
    app,
  }) => {
    for (const authorization of [undefined, `Bearer ${TOKEN}`]) {
      const response = await fetch(`${app.url}/api/metrics`, {
        headers: authorization ? { Authorization: authorization } : {},
      });
      expect(response.status).toBe(404);
      expect(hasMetrics(await response.text())).toBe(false);
    }

    const ids = new Set<string>();
    for (const path of ["/", "/api/health", "/learn", "/no-such-page", "/api/metrics"]) {
      // No TRUSTED_PROXIES on this server: an id sent by the client is replaced.
      const response = await fetch(`${app.url}${path}`, { headers: { "X-Request-Id": "chosen-by-the-client" } });
      const id = response.headers.get("x-request-id") ?? "";
      expect(id, path).toMatch(UUID);
      ids.add(id);
    }
    expect(ids.size).toBe(5);
  });

  test("health says up or down, and nothing about the database it runs on", async ({ app, database }) => {
    const response = await fetch(`${app.url}/api/health`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: "ok", database: "ok" });
    expect(text).not.toMatch(/sqlite|postgres|provider|libsql/i);
    expect(database.provider).toMatch(/sqlite|postgresql/);
  });

  test("with METRICS_TOKEN: only the token reads metrics, an autosave moves its counter, and log lines carry the request id", async ({}, testInfo) => {
    test.setTimeout(180_000);
    await withCleanup(async (cleanup) => {
      const database = await createTestDatabase({ label: "metrics_on" });
      cleanup.add("drop the database", () => database.drop());
      const db = createDb(database.url);
      cleanup.add("disconnect", () => db.$disconnect());
      const server = await launchAppServer(database.url, {
        extraEnv: { METRICS_TOKEN: TOKEN, TRUSTED_PROXIES: "loopback", LOG_LEVEL: "warn" },
      });
      cleanup.add("stop the server", () => server.stop());
      cleanup.add("keep the server's log", () => testInfo.attach("server.log", { body: server.output() }));

      const scrape = async (authorization?: string) => {
        const response = await fetch(`${server.url}/api/metrics`, {
          headers: authorization ? { Authorization: authorization } : {},
        });
        return { status: response.status, text: await response.text(), id: response.headers.get("x-request-id") };
      };

      // Missing or wrong token: 401 and no metrics.
      for (const authorization of [
        undefined,
        `Bearer ${TOKEN}x`,
        `Bearer ${TOKEN.slice(0, -1)}`,
        `Basic ${TOKEN}`,
        TOKEN,
      ]) {
        const refused = await scrape(authorization);
        expect(refused.status, String(authorization)).toBe(401);
        expect(hasMetrics(refused.text), String(authorization)).toBe(false);
      }

      // The refusal is logged from inside Next.js's handler, with the id its response carried.
      const refused = await scrape("Bearer wrong-token-for-the-log");
      expect(refused.id).toMatch(UUID);
      await expect
        .poll(() =>
          server
            .output()
            .split("\n")
            .filter((line) => line.includes('"metrics.refused"'))
            .map((line) => (JSON.parse(line) as { requestId?: string }).requestId),
        )
        .toContain(refused.id);

      // The right token: Prometheus text, with the process's own metrics.
      const before = await scrape(`Bearer ${TOKEN}`);
      expect(before.status).toBe(200);
      expect(before.text).toContain("# TYPE itt_autosaves_total counter");
      expect(before.text).toContain("process_resident_memory_bytes");
      const saved = 'itt_autosaves_total{outcome="saved"}';
      const conflicts = 'itt_autosaves_total{outcome="conflict"}';
      const savesByHttp = 'itt_http_requests_total{group="api-reflections",method="PUT",status="2xx"}';
      expect(sample(before.text, saved)).toBe(0);

      // One autosave through the real save endpoint, then a save over a newer version (a conflict).
      const learner = await createUser(db, { name: "Metrics learner" });
      const cookie = await sessionCookieHeader(db, learner);
      const id = randomUUID();
      const first = await putReflection(server.url, cookie, id, "I said yes to the deadline without asking.", 0);
      expect(first.kind).toBe("saved");
      const stored = await db.reflection.findUniqueOrThrow({ where: { id } });
      expect(stored.body).toBe("I said yes to the deadline without asking.");
      const stale = await putReflection(server.url, cookie, id, "An older tab's text.", 0);
      expect(stale).toMatchObject({ kind: "status", status: 409 });

      const after = await scrape(`Bearer ${TOKEN}`);
      expect(sample(after.text, saved)).toBe(1);
      expect(sample(after.text, conflicts)).toBe((sample(before.text, conflicts) ?? 0) + 1);
      expect(sample(after.text, savesByHttp)).toBe((sample(before.text, savesByHttp) ?? 0) + 1);
      expect(
        sample(
          after.text,
          'itt_http_request_duration_seconds_count{group="api-reflections",method="PUT",status="4xx"}',
        ),
      ).toBe(1);
      // Only the fixed route groups appear as labels, never a raw path.
      const groups = new Set([...after.text.matchAll(/group="([^"]+)"/g)].map((m) => m[1]));
      expect([...groups].every((g) => /^[a-z-]+$/.test(g ?? ""))).toBe(true);
      expect(after.text).not.toContain(id);

      // Through a trusted proxy (loopback here), a sane incoming id is kept; an odd one is replaced.
      const kept = await fetch(`${server.url}/api/health`, { headers: { "X-Request-Id": "proxy-trace-0001" } });
      expect(kept.headers.get("x-request-id")).toBe("proxy-trace-0001");
      const replaced = await fetch(`${server.url}/api/health`, { headers: { "X-Request-Id": "<script>x</script>" } });
      expect(replaced.headers.get("x-request-id")).toMatch(UUID);
    });
  });
});
