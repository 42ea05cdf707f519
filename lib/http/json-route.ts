import "server-only";
// The wrapper for JSON route handlers (the endpoints islands and machine
// clients call): same-origin check, size limit, JSON and zod parsing, session
// and role, then the handler. Every bad input gets a 4xx with a sentence a
// person understands; a database outage gets a 503 the client can retry.
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { authorize, failureOf, parseInput, type Access, type Caller, type Failure } from "../actions/core";
import { isDatabaseUnavailable } from "../db/unavailable";
import { log } from "../log/logger";
import { isCrossSite } from "./same-origin";

export type { Access as RouteAccess } from "../actions/core";

const STATUS: Record<Failure["code"], number> = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  unreadable: 400,
  invalid: 422,
  rule: 422,
};

/** A refusal from the core as a JSON answer: 4xx, a sentence, and the field errors if any. */
function refuse(failure: Failure): NextResponse {
  return jsonError(
    STATUS[failure.code],
    failure.message,
    failure.fieldErrors ? { fieldErrors: failure.fieldErrors } : {},
  );
}

const PRIVATE = { "Cache-Control": "private, no-store" } as const;

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status, headers: PRIVATE });
}

export function jsonOk(body: unknown, status = 200, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(body, { status, headers: { ...PRIVATE, ...headers } });
}

async function readBody(
  request: NextRequest,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; response: NextResponse }> {
  const tooLarge = () =>
    jsonError(413, `That request is too large (the limit is ${Math.round(maxBytes / 1024)} KB). Nothing was saved.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: tooLarge() };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, response: tooLarge() };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}

type Handler<I, A extends Access, P> = (context: {
  input: I;
  user: Caller<A>;
  params: P;
  request: NextRequest;
}) => Promise<NextResponse>;

export function jsonRoute<S extends z.ZodType, A extends Access, P = Record<string, string>>(options: {
  name: string;
  access: A;
  /** Schema of the JSON body (writes) or of the query string (reads). */
  schema: S;
  source: "body" | "query";
  maxBytes?: number;
  /** What a signed-out caller is told, when the default (about kept writing) doesn't fit. */
  signInMessage?: string;
  handler: Handler<z.output<S>, A, P>;
}): (request: NextRequest, context: { params: Promise<P> }) => Promise<NextResponse> {
  return async (request, context) => {
    try {
      if (options.source === "body" && isCrossSite(request.headers)) {
        return jsonError(403, "Requests from other sites are not allowed.");
      }
      const caller = await authorize(options.access);
      if (!caller.ok) {
        return caller.code === "unauthenticated"
          ? jsonError(
              401,
              options.signInMessage ?? "Please sign in first. Anything you wrote is still kept on this device.",
            )
          : refuse(caller);
      }
      let raw: unknown;
      if (options.source === "query") {
        raw = Object.fromEntries(request.nextUrl.searchParams.entries());
      } else {
        const type = request.headers.get("content-type") ?? "";
        if (!type.toLowerCase().startsWith("application/json")) {
          return jsonError(415, "Send the request body as JSON (Content-Type: application/json).");
        }
        const body = await readBody(request, options.maxBytes ?? 64 * 1024);
        if (!body.ok) return body.response;
        try {
          raw = JSON.parse(body.text) as unknown;
        } catch {
          return refuse({
            ok: false,
            code: "unreadable",
            message: "The request body is not valid JSON. Nothing was saved.",
          });
        }
      }
      const input = parseInput(options.schema, raw, "body");
      if (!input.ok) return refuse(input);
      return await options.handler({ input: input.data, user: caller.user, params: await context.params, request });
    } catch (error) {
      const refusal = failureOf(error);
      if (refusal) return refuse(refusal);
      if (isDatabaseUnavailable(error)) {
        log.warn("route.database_unavailable", { route: options.name, error });
        return jsonError(503, "The database can't be reached right now. Nothing was lost; please try again shortly.", {
          retryable: true,
        });
      }
      log.error("route.failed", { route: options.name, error });
      return jsonError(500, "Something went wrong on our side. Please try again.", { retryable: true });
    }
  };
}
