import "server-only";
// The autosave's fast lane (decision 057): PUT /api/reflections/:id answered
// by our own Node server, without Next.js's request, response and route
// machinery, which cost more than the save itself. Only the usual save comes
// this way: same-site, signed in with a session the quick read accepts
// (lib/auth/session-read.ts), a declared body within the limit. Anything
// else returns false before a byte of the body is read, and the Next.js
// route answers it. Past that point both use the same steps — the same
// body checks (readJsonInput), the same saveAnswer, the same error answers —
// so a request gets the same status and sentence either way.
import type { IncomingMessage, ServerResponse } from "node:http";
import { quickSession } from "../auth/session-read";
import { toSessionUser } from "../auth/session";
import { answerForError, readJsonInput, type JsonAnswer } from "../http/json-route";
import { isCrossSite } from "../http/same-origin";
import { autosaveOutcome, countAutosave } from "../ops/metrics";
import { SAVE_BODY_MAX_BYTES } from "./limits";
import { SAVE_ROUTE, saveAnswer } from "./save-answer";
import { SaveReflectionSchema } from "./schemas";

const SAVE_PATH = /^\/api\/reflections\/([^/?#]+)(?:\?[^#]*)?$/;

/** Node's request headers, read the way the web's Headers are (one string per name). */
function headerReader(request: IncomingMessage): { get(name: string): string | null } {
  return {
    get: (name) => {
      const value = request.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : (value ?? null);
    },
  };
}

function send(response: ServerResponse, answer: JsonAnswer): void {
  const text = JSON.stringify(answer.body);
  response.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  response.setHeader("Content-Type", "application/json");
  response.setHeader("Content-Length", Buffer.byteLength(text));
  response.end(text);
}

export async function fastSave(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  if (request.method !== "PUT") return false;
  const match = SAVE_PATH.exec(request.url ?? "");
  if (!match?.[1]) return false;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return false;
  }
  const headers = headerReader(request);
  const declared = headers.get("content-length");
  // A streamed body, or one over the limit, is Next.js's to refuse.
  if (declared === null || !/^\d+$/.test(declared) || Number(declared) > SAVE_BODY_MAX_BYTES) return false;
  if (isCrossSite(headers)) return false;
  let answer: JsonAnswer;
  try {
    const session = await quickSession(headers);
    if (session === "ask-better-auth") return false;
    const user = toSessionUser(session.user);
    // A disabled account, or a role the app doesn't know: the route says so.
    if (!user) return false;
    const input = await readJsonInput(SaveReflectionSchema, headers, request, SAVE_BODY_MAX_BYTES);
    answer = input.ok ? await saveAnswer(user, id, input.data) : input.answer;
  } catch (error) {
    // Nothing of the body may have been read yet (the session read failed): the route can still answer.
    if (request.readableDidRead === false) return false;
    answer = answerForError(error, SAVE_ROUTE);
  }
  countAutosave(autosaveOutcome(answer.status));
  send(response, answer);
  return true;
}
