import "server-only";
// The wrapper for JSON route handlers (the endpoints islands and machine
// clients call): same-origin check, size limit, JSON and zod parsing, session
// and role, then the handler. Every bad input gets a 4xx with a sentence a
// person understands; a database outage gets a 503 the client can retry.
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getUser, type SessionUser } from "../auth/session";
import { hasRole, type Role } from "../auth/roles";
import { isDatabaseUnavailable } from "../db/unavailable";
import { log } from "../log/logger";
import { isCrossSite } from "./same-origin";
import { withoutNul } from "./without-nul";

export type RouteAccess = "public" | "signed-in" | Role;

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

type Handler<I, A extends RouteAccess, P> = (context: {
  input: I;
  user: A extends "public" ? SessionUser | null : SessionUser;
  params: P;
  request: NextRequest;
}) => Promise<NextResponse>;

export function jsonRoute<S extends z.ZodType, A extends RouteAccess, P = Record<string, string>>(options: {
  name: string;
  access: A;
  /** Schema of the JSON body (writes) or of the query string (reads). */
  schema: S;
  source: "body" | "query";
  maxBytes?: number;
  handler: Handler<z.output<S>, A, P>;
}): (request: NextRequest, context: { params: Promise<P> }) => Promise<NextResponse> {
  return async (request, context) => {
    try {
      if (options.source === "body" && isCrossSite(request.headers)) {
        return jsonError(403, "Requests from other sites are not allowed.");
      }
      const user = await getUser();
      if (options.access !== "public") {
        if (!user) return jsonError(401, "Please sign in first. Anything you wrote is still kept on this device.");
        if (options.access !== "signed-in" && !hasRole(user.role, options.access)) {
          return jsonError(403, "You don't have permission to do that.");
        }
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
          return jsonError(400, "The request body is not valid JSON. Nothing was saved.");
        }
      }
      const parsed = options.schema.safeParse(withoutNul(raw));
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues)
          (fieldErrors[issue.path.join(".") || "body"] ??= []).push(issue.message);
        const first = parsed.error.issues[0]?.message ?? "The request is not valid.";
        return jsonError(422, first, { fieldErrors });
      }
      return await options.handler({
        input: parsed.data,
        user: user as A extends "public" ? SessionUser | null : SessionUser,
        params: await context.params,
        request,
      });
    } catch (error) {
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
