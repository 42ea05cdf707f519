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

/**
 * A JSON answer before it is a Response: what jsonRoute's handlers and the
 * autosave's fast lane (lib/reflections/save-fast-lane.ts) both produce, so
 * the two send the very same statuses and sentences.
 */
export type JsonAnswer = { status: number; body: unknown; headers: Record<string, string> };

const PRIVATE = { "Cache-Control": "private, no-store" } as const;

export function plainError(status: number, error: string, extra: Record<string, unknown> = {}): JsonAnswer {
  return { status, body: { error, ...extra }, headers: { ...PRIVATE } };
}

export function plainOk(body: unknown, status = 200, headers: Record<string, string> = {}): JsonAnswer {
  return { status, body, headers: { ...PRIVATE, ...headers } };
}

export function toResponse(answer: JsonAnswer): NextResponse {
  return NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): NextResponse {
  return toResponse(plainError(status, error, extra));
}

export function jsonOk(body: unknown, status = 200, headers: Record<string, string> = {}): NextResponse {
  return toResponse(plainOk(body, status, headers));
}

/** A refusal from the core as a JSON answer: 4xx, a sentence, and the field errors if any. */
export function refusal(failure: Failure): JsonAnswer {
  return plainError(
    STATUS[failure.code],
    failure.message,
    failure.fieldErrors ? { fieldErrors: failure.fieldErrors } : {},
  );
}

function refuse(failure: Failure): NextResponse {
  return toResponse(refusal(failure));
}

/** What a signed-out caller of a JSON route is told by default. */
export const SIGN_IN_FIRST = "Please sign in first. Anything you wrote is still kept on this device.";

/**
 * A JSON body, checked in order: its type, its size (declared, then as it
 * arrives, so an endless body is cut off), JSON, then the schema. Takes the
 * body as any stream of bytes: Next's request or Node's own.
 */
export async function readJsonInput<S extends z.ZodType>(
  schema: S,
  headers: { get(name: string): string | null },
  body: AsyncIterable<Uint8Array> | null,
  maxBytes: number,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; answer: JsonAnswer }> {
  const type = headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return { ok: false, answer: plainError(415, "Send the request body as JSON (Content-Type: application/json).") };
  }
  const tooLarge = () => ({
    ok: false as const,
    answer: plainError(
      413,
      `That request is too large (the limit is ${Math.round(maxBytes / 1024)} KB). Nothing was saved.`,
    ),
  });
  const declared = Number(headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (body) {
    for await (const chunk of body) {
      size += chunk.byteLength;
      // Leaving the loop early cancels the stream: the rest is never read.
      if (size > maxBytes) return tooLarge();
      chunks.push(chunk);
    }
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return {
      ok: false,
      answer: refusal({
        ok: false,
        code: "unreadable",
        message: "The request body is not valid JSON. Nothing was saved.",
      }),
    };
  }
  const input = parseInput(schema, raw, "body");
  return input.ok ? input : { ok: false, answer: refusal(input) };
}

/** What a route answers when its work threw: a refusal's 4xx, a 503 for an unreachable database, else a 500. */
export function answerForError(error: unknown, route: string): JsonAnswer {
  const failure = failureOf(error);
  if (failure) return refusal(failure);
  if (isDatabaseUnavailable(error)) {
    log.warn("route.database_unavailable", { route, error });
    return plainError(503, "The database can't be reached right now. Nothing was lost; please try again shortly.", {
      retryable: true,
    });
  }
  log.error("route.failed", { route, error });
  return plainError(500, "Something went wrong on our side. Please try again.", { retryable: true });
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
          ? jsonError(401, options.signInMessage ?? SIGN_IN_FIRST)
          : refuse(caller);
      }
      let input: { ok: true; data: z.output<S> } | { ok: false; answer: JsonAnswer };
      if (options.source === "query") {
        const parsed = parseInput(options.schema, Object.fromEntries(request.nextUrl.searchParams.entries()), "body");
        input = parsed.ok ? parsed : { ok: false, answer: refusal(parsed) };
      } else {
        // Node's web streams are async iterables; the DOM types don't say so.
        const body = request.body as AsyncIterable<Uint8Array> | null;
        input = await readJsonInput(options.schema, request.headers, body, options.maxBytes ?? 64 * 1024);
      }
      if (!input.ok) return toResponse(input.answer);
      return await options.handler({ input: input.data, user: caller.user, params: await context.params, request });
    } catch (error) {
      return toResponse(answerForError(error, options.name));
    }
  };
}
