// Runs before Next.js handles a request, but only for requests that carry an
// Origin header or say they come from another site (see `config`), so lesson
// pages and assets never pay for it. It refuses writes sent from another
// site's page — a server action or a form post — with a 403 and a sentence a
// person understands, before any action code runs. Next.js would refuse a
// cross-origin server action too, but with a 500. The JSON routes under /api
// check the same thing themselves (lib/http/json-route.ts).
// See docs/decisions/013-refusing-cross-site-writes.md.
import { NextResponse, type NextRequest } from "next/server";
import { CROSS_SITE_MESSAGE, isCrossSiteWrite } from "@/lib/http/same-origin";

export function proxy(request: NextRequest): NextResponse {
  if (!isCrossSiteWrite(request.method, request.headers)) return NextResponse.next();
  return new NextResponse(CROSS_SITE_MESSAGE, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

// Every path but /api (checked by its own wrapper) and build assets. Next.js
// reads this object at build time, so the patterns must be written out here.
export const config = {
  matcher: [
    { source: "/((?!api/|_next/static/|_next/image).*)", has: [{ type: "header", key: "origin" }] },
    {
      source: "/((?!api/|_next/static/|_next/image).*)",
      has: [{ type: "header", key: "sec-fetch-site", value: "cross-site" }],
    },
  ],
};
