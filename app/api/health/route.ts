import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/check";

// 200 when the database answers, 503 otherwise: what a load balancer needs.
export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
