// GET /api/metrics — Prometheus text for a scraper (docs/operations/metrics.md).
// Off (404) unless METRICS_TOKEN is set; then only with `Authorization: Bearer
// <token>`, and anything else gets a 401 with no metrics.
import { env } from "@/lib/env";
import { log } from "@/lib/log/logger";
import { metricsAccess } from "@/lib/ops/metrics-access";
import { renderMetrics } from "@/lib/ops/metrics";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" } as const;

export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(env().METRICS_TOKEN, request.headers.get("authorization"));
  if (access === "off") {
    return new Response("Not found\n", { status: 404, headers: { ...NO_STORE, "Content-Type": "text/plain" } });
  }
  if (access === "denied") {
    log.warn("metrics.refused", { reason: request.headers.has("authorization") ? "wrong-token" : "no-token" });
    return new Response("Send the metrics token as Authorization: Bearer <token>.\n", {
      status: 401,
      headers: { ...NO_STORE, "Content-Type": "text/plain", "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  const { body, contentType } = await renderMetrics();
  return new Response(body, { status: 200, headers: { ...NO_STORE, "Content-Type": contentType } });
}
