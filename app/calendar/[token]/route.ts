// GET /calendar/<token>.ics — a person's calendar for calendar apps to
// subscribe to, without a session: the token in the address is the key
// (lib/calendar/feeds.ts). An address that is malformed, unknown, replaced or
// turned off answers the same bare 404, so it tells nothing about which.
import { NextResponse } from "next/server";
import { feedOwner, tokenFromSegment } from "@/lib/calendar/feeds";
import { calendarFor } from "@/lib/calendar/load";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { appOrigin } from "@/lib/http/app-origin";
import { log } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

/** Calendar apps poll; a few minutes' staleness is fine, and only the caller may keep a copy. */
const CACHE = "private, max-age=300";

function notFound(): NextResponse {
  return new NextResponse("Not found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

export async function GET(_request: Request, context: { params: Promise<{ token: string }> }) {
  try {
    const token = tokenFromSegment((await context.params).token);
    const owner = token ? await feedOwner(token) : null;
    if (!owner) return notFound();
    const ics = await calendarFor(owner, await appOrigin());
    return new NextResponse(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="it-takes-two.ics"',
        "Cache-Control": CACHE,
        "X-Robots-Tag": "noindex",
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      log.warn("route.database_unavailable", { route: "calendar.feed", error });
      return new NextResponse("The calendar can't be read right now. Please try again shortly.\n", {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "60" },
      });
    }
    log.error("route.failed", { route: "calendar.feed", error });
    return new NextResponse("Something went wrong on our side.\n", {
      status: 500,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
