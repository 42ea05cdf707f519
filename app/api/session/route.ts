import { NextResponse } from "next/server";
import { getUser } from "@/lib/auth/session";
import type { SessionSummary } from "@/lib/auth/session-summary";
import { unreadNotificationCount } from "@/lib/notifications/notifications";

// Per person, so never cached by a browser or a proxy.
export async function GET() {
  let user;
  let unread = 0;
  try {
    user = await getUser();
    if (user) unread = await unreadNotificationCount(user);
  } catch {
    // Unknown, not signed out: the browser keeps drafts and tries again later.
    return NextResponse.json(
      { error: "Can't check who is signed in right now." },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
  const session: SessionSummary | null = user
    ? { id: user.id, name: user.name, role: user.role, timeZone: user.timeZone ?? null, unread }
    : null;
  return NextResponse.json({ session }, { headers: { "Cache-Control": "private, no-store" } });
}
