// Who may read /api/metrics: nobody unless METRICS_TOKEN is set, and then only
// a request carrying `Authorization: Bearer <that token>`. The comparison
// takes the same time however much of a wrong token matches (both sides are
// hashed to 32 bytes first, so lengths never differ either).
import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "off" | "denied" | "allowed";

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

export function metricsAccess(configuredToken: string | undefined, authorization: string | null): MetricsAccess {
  if (!configuredToken) return "off";
  const presented = authorization ? BEARER.exec(authorization)?.[1] : undefined;
  if (!presented) return "denied";
  return timingSafeEqual(digest(presented), digest(configuredToken)) ? "allowed" : "denied";
}
