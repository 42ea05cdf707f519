// Runs before Next.js handles a request, but only for requests that carry an
// Origin header, say they come from another site, send a large or streamed
// body, call a server action or post a form (see `config`), so lesson pages
// and assets never pay for it. Before any
// action code runs, it refuses, with a sentence a person understands:
// - writes sent from another site's page (a server action or a form post),
//   with a 403; Next.js would refuse a cross-origin server action too, but
//   with a 500 (docs/decisions/013-refusing-cross-site-writes.md);
// - writes to a page with a body over Next.js's server-action limit, with a
//   413, where Next.js would answer a 500 (lib/http/body-limit.ts);
// - server-action calls and form posts whose body Next.js could not decode
//   (not JSON, a broken multipart, a reference to a missing part), with a 400
//   or a 415, where Next.js would answer a 500 (lib/http/action-body.ts).
// The JSON routes under /api check both themselves (lib/http/json-route.ts).
import { NextResponse, type NextRequest } from "next/server";
import { UNREADABLE_BODY_MESSAGE, UNSUPPORTED_TYPE_MESSAGE, actionBodyVerdict } from "@/lib/http/action-body";
import { LENGTH_REQUIRED_MESSAGE, TOO_LARGE_MESSAGE, pageWriteBody } from "@/lib/http/body-limit";
import { CROSS_SITE_MESSAGE, isCrossSiteWrite } from "@/lib/http/same-origin";

function refuse(status: number, message: string): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (isCrossSiteWrite(request.method, request.headers)) return refuse(403, CROSS_SITE_MESSAGE);
  const body = pageWriteBody(request.method, request.headers);
  if (body === "too-large") return refuse(413, TOO_LARGE_MESSAGE);
  if (body === "length-required") return refuse(411, LENGTH_REQUIRED_MESSAGE);
  const readable = await actionBodyVerdict(request);
  if (readable === "unreadable") return refuse(400, UNREADABLE_BODY_MESSAGE);
  if (readable === "unsupported-type") return refuse(415, UNSUPPORTED_TYPE_MESSAGE);
  return NextResponse.next();
}

// Every path but /api (checked by its own wrapper) and build assets. Next.js
// reads this object at build time, so the patterns must be written out here.
// A body of seven digits or more (1,000,000 bytes and up) is looked at closely.
export const config = {
  matcher: [
    { source: "/((?!api/|_next/static/|_next/image).*)", has: [{ type: "header", key: "origin" }] },
    {
      source: "/((?!api/|_next/static/|_next/image).*)",
      has: [{ type: "header", key: "sec-fetch-site", value: "cross-site" }],
    },
    {
      source: "/((?!api/|_next/static/|_next/image).*)",
      has: [{ type: "header", key: "content-length", value: "\\d{7,}" }],
    },
    {
      source: "/((?!api/|_next/static/|_next/image).*)",
      has: [{ type: "header", key: "transfer-encoding" }],
    },
    // Server-action calls, and form posts made without JavaScript.
    {
      source: "/((?!api/|_next/static/|_next/image).*)",
      has: [{ type: "header", key: "next-action" }],
    },
    {
      source: "/((?!api/|_next/static/|_next/image).*)",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
