// The autosave's fast lane on a real Node server, with real sessions made by
// signing in: it answers the usual save, and every refusal after the caller
// is known, with the route's own statuses and sentences; it hands everything
// else to Next.js (here a stand-in that answers 299) without reading the body.
import { randomUUID } from "node:crypto";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auth } from "../auth/auth";
import { db } from "../db/client";
import { getPrompts } from "../course/prompts";
import { fastSave } from "./save-fast-lane";

const PASSWORD = "a-long-enough-password-for-tests";
const NEXT_JS = 299;
let server: Server;
let base: URL;

beforeAll(async () => {
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-0123456789";
  server = createServer((req, res) => {
    void fastSave(req, res).then((handled) => {
      if (handled) return;
      // Next.js's turn: the body must still be there, unread.
      let size = 0;
      req.on("data", (chunk: Buffer) => (size += chunk.byteLength));
      req.on("end", () => {
        res.statusCode = NEXT_JS;
        res.end(JSON.stringify({ next: true, bodyBytes: size }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function signedIn(): Promise<{ id: string; cookie: string }> {
  const email = `lane-${randomUUID().slice(0, 8)}@example.org`;
  const { user } = await auth().api.signUpEmail({ body: { name: "Lane Tester", email, password: PASSWORD } });
  const { headers } = await auth().api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  return { id: user.id, cookie: (headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
}

type Sent = { status: number; body: Record<string, unknown> };

/** One request as a browser's autosave sends it (or as told otherwise). */
function put(
  path: string,
  body: string,
  headers: Record<string, string | undefined>,
  options: { method?: string; chunked?: boolean } = {},
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, base),
      {
        method: options.method ?? "PUT",
        headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)),
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }),
        );
      },
    );
    req.on("error", reject);
    if (options.chunked) {
      req.setHeader("transfer-encoding", "chunked");
      req.write(body.slice(0, 10));
      req.end(body.slice(10));
    } else {
      req.setHeader("content-length", Buffer.byteLength(body));
      req.end(body);
    }
  });
}

const prompt = [...getPrompts().values()][0]!;
const answer = (text: string, baseVersion: number) =>
  JSON.stringify({ promptId: prompt.id, lessonKey: prompt.lesson.key, body: text, baseVersion });

describe("the autosave's fast lane", () => {
  it("saves as the route does, and refuses bad input with the route's words, changing nothing", async () => {
    const ana = await signedIn();
    const json = { cookie: ana.cookie, "content-type": "application/json", origin: base.origin };
    const id = randomUUID();
    const first = await put(`/api/reflections/${id}`, answer("My part was the silence.", 0), json);
    expect(first).toMatchObject({ status: 200, body: { status: "saved", entry: { id, version: 1 } } });
    const second = await put(`/api/reflections/${id}`, answer("My part was the long silence.", 1), json);
    expect(second).toMatchObject({ status: 200, body: { status: "saved", lessonCompletedAt: null } });
    expect(second.body.entry).toMatchObject({ version: 2, body: "My part was the long silence." });

    const refusals: [string, string, Record<string, string | undefined>, number, string][] = [
      [id, "{not json", json, 400, "The request body is not valid JSON. Nothing was saved."],
      [
        id,
        answer("x", 2),
        { ...json, "content-type": "text/plain" },
        415,
        "Send the request body as JSON (Content-Type: application/json).",
      ],
      [id, JSON.stringify({ body: "no prompt", baseVersion: 2 }), json, 422, ""],
      ["not-a-uuid", answer("x", 2), json, 400, "That is not a valid entry id."],
    ];
    for (const [entryId, body, headers, status, message] of refusals) {
      const sent = await put(`/api/reflections/${entryId}`, body, headers);
      expect(sent.status, body).toBe(status);
      if (message) expect(sent.body.error).toBe(message);
      else expect(sent.body.fieldErrors).toBeTruthy();
    }
    // A stale version is a conflict that hands back the newer text.
    const stale = await put(`/api/reflections/${id}`, answer("An older tab's text.", 1), json);
    expect(stale).toMatchObject({ status: 409, body: { status: "conflict", entry: { version: 2 } } });
    // Someone else's entry is not there, for this learner.
    const ben = await signedIn();
    const theirs = await put(`/api/reflections/${id}`, answer("Ben's words over Ana's.", 2), {
      ...json,
      cookie: ben.cookie,
    });
    expect(theirs.status).toBe(404);
    const row = await db().reflection.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId: ana.id, body: "My part was the long silence.", version: 2 });
  });

  it("leaves to Next.js, unread, what is not the usual save", async () => {
    const ana = await signedIn();
    const json = { cookie: ana.cookie, "content-type": "application/json", origin: base.origin };
    const id = randomUUID();
    const body = answer("Not through the lane.", 0);
    const others: [string, Record<string, string | undefined>, { method?: string; chunked?: boolean }][] = [
      ["signed out", { ...json, cookie: undefined }, {}],
      ["a forged cookie", { ...json, cookie: `${ana.cookie.slice(0, -3)}AA=` }, {}],
      ["from another site", { ...json, origin: "https://elsewhere.example" }, {}],
      ["a streamed body", json, { chunked: true }],
      ["not a PUT", json, { method: "POST" }],
    ];
    for (const [what, headers, options] of others) {
      const sent = await put(`/api/reflections/${id}`, body, headers, options);
      expect(sent, what).toEqual({ status: NEXT_JS, body: { next: true, bodyBytes: Buffer.byteLength(body) } });
    }
    const big = "x".repeat(300 * 1024);
    expect(await put(`/api/reflections/${id}`, big, json)).toEqual({
      status: NEXT_JS,
      body: { next: true, bodyBytes: big.length },
    });
    await db().user.update({ where: { id: ana.id }, data: { disabledAt: new Date() } });
    expect((await put(`/api/reflections/${id}`, body, json)).status).toBe(NEXT_JS);
    expect(await db().reflection.count({ where: { id } })).toBe(0);
  });
});
