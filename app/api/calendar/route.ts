// GET /api/calendar — the signed-in person's due dates (and look-backs, and
// their cohorts' due dates) as an .ics file to import. Only their own; never
// cached. The same calendar is served, without a session, at their private
// subscription address (app/calendar/[token]/route.ts).
import { NextResponse } from "next/server";
import { z } from "zod";
import { calendarFor } from "@/lib/calendar/load";
import { appOrigin } from "@/lib/http/app-origin";
import { jsonRoute } from "@/lib/http/json-route";

/** Takes nothing; anything in the query string is ignored. */
const CalendarQuerySchema = z.object({});

export const GET = jsonRoute({
  name: "calendar.download",
  access: "signed-in",
  schema: CalendarQuerySchema,
  source: "query",
  signInMessage: "Please sign in to download your calendar.",
  handler: async ({ user }) => {
    const ics = await calendarFor(user, await appOrigin());
    return new NextResponse(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="it-takes-two.ics"',
        "Cache-Control": "private, no-store",
      },
    });
  },
});
