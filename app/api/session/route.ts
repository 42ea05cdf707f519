import { NextResponse } from "next/server";
import { getUser } from "@/lib/auth/session";
import type { SessionSummary } from "@/lib/auth/session-summary";

// Per person, so never cached by a browser or a proxy.
export async function GET() {
  const user = await getUser();
  const session: SessionSummary | null = user ? { id: user.id, name: user.name, role: user.role } : null;
  return NextResponse.json({ session }, { headers: { "Cache-Control": "private, no-store" } });
}
