// Random, huge and hostile input, made by fast-check, sent over HTTP to every
// server action, to the JSON routes that take input and to the pages that read
// their query string. Each action is posted as the person it is for, so the
// input gets past the permission check to the parsing and the handler; both as
// a browser without JavaScript posts a form and as a browser with JavaScript
// calls the action. Whatever arrives:
// - never a 500, and never the wrapper's "Something went wrong on our side"
//   (which is what an exception in our own code turns into);
// - always an answer a person can read;
// - what other people saved is untouched.
// The schemas themselves get the same treatment, faster and in bulk, in
// tests/security/schemas.property.test.ts; this spec proves the whole path.
import http from "node:http";
import fc from "fast-check";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { Db } from "../../lib/db/client";
import { PAGE_WRITE_MAX_BYTES } from "../../lib/http/body-limit";
import { ACTIONS } from "../security/actions";
import {
  actionFormOf,
  actionResult,
  callAction,
  callFormAction,
  postActionForm,
  serverActionIds,
  type ActionForm,
  type Fields,
} from "./support/action-forms";
import { CASES, buildWorld, signInPersonas, type Personas, type World } from "./support/action-cases";
import { emailChangeTokenFor, resetTokenFor } from "./support/account-links";
import { expect, test } from "./support/fixtures";
import { createUser } from "./support/session";

/** Random inputs per action and per way of posting it (a few seconds each). */
const RUNS = 12;
const SERVER_ERROR = "Something went wrong on our side";

const HOSTILE = [
  "",
  " ",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '\'; DROP TABLE "User"; --',
  "\u0000",
  "\u202e\u200b\ufeff",
  "__proto__",
  "constructor",
  "-1",
  "1e309",
  "NaN",
  "true",
  "null",
  "[]",
  "{}",
  "$K1",
  "../../etc/passwd",
  "2026-02-30",
  "Mars/Olympus_Mons",
  "DELETE ",
];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  // Far past every limit a form has (up to about 300 KB of UTF-8).
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 100_000 }).map((n) => "界".repeat(n)) },
);

/** Any field a form of ours has, so that a random form gets the wrong ones too. */
const FIELD_NAMES = [
  "name",
  "description",
  "email",
  "password",
  "timeZone",
  "redirectTo",
  "confirm",
  "code",
  "cohortId",
  "entryId",
  "nudgeId",
  "userId",
  "assignmentId",
  "reflectionId",
  "moduleSlug",
  "dueKind",
  "dueDays",
  "dueDate",
  "learnerIds",
  "message",
  "body",
  "role",
  "state",
  "archived",
  "shared",
  "newEmail",
  "currentPassword",
  "newPassword",
  "sessionId",
  "token",
];

/**
 * The fields of a form, each kept as the page rendered it, left out, sent twice
 * or replaced by random text; and a few fields the form doesn't have.
 */
function fieldsFor(known: Record<string, string>): fc.Arbitrary<Fields> {
  const names = Object.keys(known);
  const each = names.map((name) =>
    fc.oneof(
      fc.constant<Fields>([[name, known[name]!]]),
      fc.constant<Fields>([]),
      text.map((value): Fields => [[name, value]]),
      fc.tuple(text, text).map(([a, b]): Fields => [
        [name, a],
        [name, b],
      ]),
    ),
  );
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 })), text), {
    maxLength: 3,
  });
  return fc.tuple(fc.tuple(...each), extra).map(([chosen, more]) => [...chosen.flat(), ...more]);
}

/** What another person (learner B, cohort B) has saved: no action of A's may change it. */
async function othersData(db: Db, w: World) {
  return {
    answers: await db.reflection.findMany({
      where: { userId: w.users.learnerB.id },
      select: {
        id: true,
        body: true,
        version: true,
        updatedAt: true,
        shares: { select: { cohortId: true, sharedAt: true } },
        replies: { select: { id: true, cohortId: true, body: true } },
      },
    }),
    person: await db.user.findUniqueOrThrow({
      where: { id: w.users.learnerB.id },
      select: { name: true, email: true, role: true, timeZone: true, disabledAt: true },
    }),
    cohort: await db.cohort.findUniqueOrThrow({
      where: { id: w.cohortB.id },
      select: {
        name: true,
        description: true,
        inviteCode: true,
        archivedAt: true,
        timeZone: true,
        assignments: { select: { id: true, moduleSlug: true, dueDate: true, dueDaysAfterJoin: true } },
        members: { select: { userId: true } },
        facilitators: { select: { userId: true } },
      },
    }),
  };
}

function notAServerError(response: APIResponse, label: string): void {
  expect(response.status(), `${label}: not a server error`).toBeLessThan(500);
}

/** A page answered to a browser without JavaScript: a page that says something, or a redirect. */
async function expectReadablePage(response: APIResponse, label: string): Promise<void> {
  notAServerError(response, label);
  if (response.status() >= 300 && response.status() < 400) return;
  const body = await response.text();
  expect(body, `${label}: an exception in our code`).not.toContain(SERVER_ERROR);
  expect(body, `${label}: a page`).toContain("<h1");
}

/** What an action returned to a browser with JavaScript: a state the form shows, or a redirect. */
async function expectReadableResult(response: APIResponse, label: string): Promise<"refused" | "done"> {
  notAServerError(response, label);
  if (response.headers()["x-action-redirect"] || (response.status() >= 300 && response.status() < 400)) return "done";
  expect(response.status(), label).toBe(200);
  const result = actionResult(await response.text()) as Record<string, unknown>;
  if ("status" in result) {
    expect(["error", "success"], `${label}: the form's state`).toContain(result.status);
    expect(typeof result.message === "string" && result.message.length > 0, `${label}: says why`).toBe(true);
    expect(String(result.message), `${label}: an exception in our code`).not.toContain(SERVER_ERROR);
    return result.status === "error" ? "refused" : "done";
  }
  expect(result.ok === true || (typeof result.message === "string" && result.code !== "server"), label).toBe(true);
  return result.ok === true ? "done" : "refused";
}

/**
 * A public form, where it is and what a person would type in it. The reset
 * and confirm forms appear only with a valid link, so each gets one, for an
 * account of its own: the fuzzing reaches the handler as the link's holder.
 */
type Target = {
  action: string;
  prepare: (db: Db, w: World) => Promise<{ url: string; known: Record<string, string>; rendered?: boolean }>;
};

/** Every action, where its form is and who posts it. signOut reads no input at all. */
const NO_INPUT: Record<string, string> = {
  signOut: "it reads no fields: it ends the caller's own session",
  markAllNotificationsReadAction:
    "it reads no fields: it marks the caller's own notifications read (who may is in the action matrix)",
};
const PUBLIC_FORMS: Target[] = [
  {
    action: "signIn",
    prepare: (_db, w) =>
      Promise.resolve({
        url: "/sign-in",
        known: { email: w.users.learnerB.email, password: "not-the-password" },
      }),
  },
  {
    action: "signUp",
    prepare: (_db, w) =>
      Promise.resolve({
        url: "/sign-up",
        known: { email: w.users.learnerB.email, password: "not-the-password", name: "Someone" },
      }),
  },
  {
    // These servers send no email, so the page shows no form: its fields come from the action's id.
    action: "requestPasswordResetAction",
    prepare: (_db, w) =>
      Promise.resolve({ url: "/forgot-password", known: { email: w.users.learnerB.email }, rendered: false }),
  },
  {
    action: "resetPasswordAction",
    prepare: async (db) => {
      const holder = await createUser(db, { name: "Link Holder" });
      const token = await resetTokenFor(db, holder.id);
      return { url: `/reset-password?token=${token}`, known: { newPassword: "a fresh passphrase for the fuzz" } };
    },
  },
  {
    action: "confirmEmailChangeAction",
    prepare: async (db) => {
      const holder = await createUser(db, { name: "Moving Person" });
      const token = await emailChangeTokenFor(holder.id, holder.email, `moved-${holder.id}@test.example.org`);
      return { url: `/account/confirm-email?token=${token}`, known: {} };
    },
  },
];

test("every server action is fuzzed, or reads no input", () => {
  const fuzzed = [
    ...new Set([...PUBLIC_FORMS.map((t) => t.action), ...CASES.map((c) => c.action), ...Object.keys(NO_INPUT)]),
  ];
  expect(fuzzed.sort()).toEqual(Object.keys(ACTIONS).sort());
});

test.describe("random input to every server action", () => {
  // Many requests each; a loaded machine may need the time.
  test.describe.configure({ timeout: 120_000 });

  for (const c of CASES.filter((c) => !(c.action in NO_INPUT))) {
    test(`${c.action} as ${c.permitted}`, async ({ app, db, browser }) => {
      const w = await buildWorld(db);
      const personas = await signInPersonas(browser, app.url, db, w);
      const others = await othersData(db, w);
      try {
        const request = personas[c.permitted].request;
        const url = c.url(w);
        const actionId = serverActionIds().get(c.action);
        expect(actionId, `${c.action} is in the build`).toBeTruthy();
        if (c.kind === "call") {
          let refused = 0;
          const input = fc.oneof(
            fc.jsonValue(),
            fc.record({ lessonKey: text, completed: fc.oneof(fc.boolean(), fc.jsonValue()) }, { requiredKeys: [] }),
          );
          await fc.assert(
            fc.asyncProperty(input, async (value) => {
              // As React encodes it: a string that starts with "$" is escaped.
              const encoded = JSON.parse(
                JSON.stringify(value, (_, v: unknown) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v)),
              ) as unknown;
              const response = await callAction(request, url, app.url, actionId!, [encoded]);
              const label = `${c.action}(${JSON.stringify(value).slice(0, 80)})`;
              if ((await expectReadableResult(response, label)) === "refused") refused += 1;
            }),
            { numRuns: RUNS * 2 },
          );
          expect(refused, `${c.action}: random input refused with a message`).toBeGreaterThan(0);
        } else {
          const form = await actionFormOf(request, url, actionId!, {
            rendered: !c.notRendered,
            pick: c.pick && ((inputs) => c.pick!(inputs, w)),
          });
          const known = { ...form.inputs, ...c.fill?.(w) };
          await fuzzForm(request, url, app.url, form, known, c.action);
        }
      } finally {
        for (const { context } of Object.values(personas)) await context.close();
      }
      expect(await othersData(db, w), "what learner B and cohort B hold").toEqual(others);
    });
  }

  for (const t of PUBLIC_FORMS) {
    test(`${t.action}, signed out`, async ({ app, db, browser }) => {
      const w = await buildWorld(db);
      const others = await othersData(db, w);
      const context = await browser.newContext({ baseURL: app.url });
      try {
        const actionId = serverActionIds().get(t.action)!;
        const { url, known: typed, rendered = true } = await t.prepare(db, w);
        const form = await actionFormOf(context.request, url, actionId, { rendered });
        const known = { ...form.inputs, ...typed };
        await fuzzForm(context.request, url, app.url, form, known, t.action);
      } finally {
        await context.close();
        // The sign-in limits count every attempt from this address; later tests sign in from it too.
        await db.rateLimit.deleteMany({});
        await db.signInGuard.deleteMany({});
      }
      expect(await othersData(db, w), "what learner B and cohort B hold").toEqual(others);
    });
  }
});

async function fuzzForm(
  request: APIRequestContext,
  url: string,
  origin: string,
  form: ActionForm,
  known: Record<string, string>,
  action: string,
): Promise<void> {
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(fieldsFor(known), fc.boolean(), async (fields, withJs) => {
      const label = `${action} ${withJs ? "with" : "without"} JavaScript, ${JSON.stringify(fields).slice(0, 160)}`;
      const entries: Fields = [...Object.entries(form.fields), ...fields];
      if (withJs) {
        const outcome = await expectReadableResult(
          await callFormAction(request, url, origin, form.actionId, entries),
          label,
        );
        if (outcome === "refused") refused += 1;
      } else {
        await expectReadablePage(await postActionForm(request, url, origin, entries), label);
      }
    }),
    { numRuns: RUNS * 2 },
  );
  // The posts reached the action and most were turned down: the input was random.
  expect(refused, `${action}: random input refused with a message`).toBeGreaterThan(0);
}

test("a write to a page far over the size limit gets a 413 that says so, and changes nothing", async ({
  app,
  db,
  browser,
}) => {
  const w = await buildWorld(db);
  const personas = await signInPersonas(browser, app.url, db, w);
  try {
    const request = personas.facilitatorA.request;
    const url = `/facilitator/cohorts/${w.cohortA.id}/settings`;
    const actionId = serverActionIds().get("updateCohortAction")!;
    const form = await actionFormOf(request, url, actionId);
    const fields = (description: string): Fields => [
      ...Object.entries({ ...form.fields, ...form.inputs }),
      ["name", "Renamed"],
      ["description", description],
      ["timeZone", "UTC"],
    ];
    const huge = fields("x".repeat(2 * PAGE_WRITE_MAX_BYTES));
    for (const [label, response] of [
      ["without JavaScript", await postActionForm(request, url, app.url, huge)],
      ["with JavaScript", await callFormAction(request, url, app.url, actionId, huge)],
    ] as const) {
      expect(response.status(), label).toBe(413);
      expect(await response.text(), label).toContain("the limit is 1 MB");
    }

    // Streamed, without a length, from a client that sends no Origin either.
    const cookies = (await personas.facilitatorA.context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers = { Cookie: cookies, "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8" };
      const req = http.request(new URL(url, app.url), { method: "POST", headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.write(JSON.stringify([{ status: "idle" }]));
      req.end();
    });
    expect(streamed.status, "a streamed write").toBe(411);
    expect(streamed.body).toContain("did not say how large it is");

    // Just under the limit, the action itself answers: the description is too long for a cohort.
    const near = await callFormAction(request, url, app.url, actionId, fields("x".repeat(PAGE_WRITE_MAX_BYTES - 4096)));
    expect(await expectReadableResult(near, "just under the limit")).toBe("refused");
  } finally {
    for (const { context } of Object.values(personas)) await context.close();
  }
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: w.cohortA.id } });
  expect({ name: cohort.name, description: cohort.description }).toEqual({ name: "Cohort of A", description: "" });
});

test.describe("random input to routes and query strings", () => {
  test("the save endpoint, with any id and any body", async ({ app, db, browser }) => {
    const w = await buildWorld(db);
    const personas = await signInPersonas(browser, app.url, db, w);
    const others = await othersData(db, w);
    try {
      const request = personas.learnerA.request;
      const body = fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc
          .record(
            {
              promptId: fc.oneof(text, fc.constant("whats-your-part"), fc.jsonValue()),
              lessonKey: fc.oneof(text, fc.constant("check-yourself-first/whats-your-part"), fc.jsonValue()),
              promptText: fc.oneof(text, fc.jsonValue()),
              body: fc.oneof(text, fc.jsonValue()),
              baseVersion: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
            },
            { requiredKeys: [] },
          )
          .map((v) => JSON.stringify(v)),
        text,
      );
      const id = fc.oneof(
        fc.uuid(),
        fc.constant(w.privateEntry),
        text.filter((s) => s.length < 300),
      );
      await fc.assert(
        fc.asyncProperty(id, body, async (entryId, data) => {
          const response = await request.put(`/api/reflections/${encodeURIComponent(entryId)}`, {
            headers: { Origin: app.url, "Content-Type": "application/json" },
            data,
          });
          const label = `PUT ${entryId.slice(0, 60)} ${data.slice(0, 120)}`;
          notAServerError(response, label);
          // An id of "" or ".." names another address (the list, which takes no PUT); only ours answer in JSON.
          if (response.status() >= 400 && response.headers()["content-type"]?.includes("json")) {
            const payload = (await response.json()) as { error?: unknown };
            expect(typeof payload.error, `${label}: says why`).toBe("string");
          }
        }),
        { numRuns: RUNS * 4 },
      );
    } finally {
      for (const { context } of Object.values(personas)) await context.close();
    }
    expect(await othersData(db, w), "what learner B and cohort B hold").toEqual(others);
  });

  test("the share endpoint, with any id, any method's body and any cohort", async ({ app, db, browser }) => {
    test.setTimeout(120_000);
    const w = await buildWorld(db);
    const personas = await signInPersonas(browser, app.url, db, w);
    const others = await othersData(db, w);
    try {
      const request = personas.learnerA.request;
      const cohortId = fc.oneof(fc.constant(w.cohortA.id), fc.constant(w.cohortB.id), text, fc.jsonValue());
      const body = fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.record({ cohortId }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
        text,
      );
      const id = fc.oneof(
        fc.uuid(),
        fc.constant(w.privateEntry),
        fc.constant(w.sharedEntry),
        fc.constant(w.bEntry),
        text.filter((s) => s.length < 300),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom("PUT", "DELETE"), id, body, async (method, entryId, data) => {
          const response = await request.fetch(`/api/reflections/${encodeURIComponent(entryId)}/share`, {
            method,
            headers: { Origin: app.url, "Content-Type": "application/json" },
            data,
          });
          const label = `${method} ${entryId.slice(0, 60)}/share ${data.slice(0, 120)}`;
          notAServerError(response, label);
          if (response.status() >= 400 && response.headers()["content-type"]?.includes("json")) {
            const payload = (await response.json()) as { error?: unknown };
            expect(typeof payload.error, `${label}: says why`).toBe("string");
          }
        }),
        { numRuns: RUNS * 4 },
      );
      // Whatever A sent, A's answers are shared with A's own cohort or with no one.
      const mine = await db.reflectionShare.findMany({
        where: { reflection: { userId: w.users.learnerA.id } },
        select: { cohortId: true },
      });
      expect(mine.every((s) => s.cohortId === w.cohortA.id)).toBe(true);
    } finally {
      for (const { context } of Object.values(personas)) await context.close();
    }
    expect(await othersData(db, w), "what learner B and cohort B hold").toEqual(others);
  });

  test("pages and routes that read a query string", async ({ app, db, browser }) => {
    const w = await buildWorld(db);
    const personas = await signInPersonas(browser, app.url, db, w);
    try {
      const query = fc
        .array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                "q",
                "module",
                "cursor",
                "format",
                "lesson",
                "view",
                "redirectTo",
                "joined",
                "left",
                "deleted",
                "created",
                "page",
                "prompt",
                "sort",
                "token",
                "answer",
              ),
              fc.string({ maxLength: 8 }),
            ),
            text.filter((s) => s.length < 2_000),
          ),
          { maxLength: 4 },
        )
        .map((pairs) => new URLSearchParams(pairs).toString());
      const places: { path: (w: World) => string; as: keyof Personas }[] = [
        { path: () => "/sign-in", as: "anonymous" },
        { path: () => "/sign-up", as: "anonymous" },
        { path: () => "/forgot-password", as: "anonymous" },
        { path: () => "/reset-password", as: "anonymous" },
        { path: () => "/account/confirm-email", as: "learnerA" },
        { path: () => "/account", as: "learnerA" },
        { path: () => "/dashboard", as: "learnerA" },
        { path: () => "/journal", as: "learnerA" },
        { path: () => "/journal/prompt/whats-your-part", as: "learnerA" },
        { path: () => "/api/reflections", as: "learnerA" },
        { path: () => "/api/plan-look-back", as: "learnerA" },
        { path: () => "/journal/summary", as: "learnerA" },
        { path: () => "/api/journal/export", as: "learnerA" },
        { path: () => "/api/calendar", as: "learnerA" },
        { path: () => "/api/facilitator-notes", as: "facilitatorA" },
        { path: (w) => `/facilitator/cohorts/${w.cohortA.id}`, as: "facilitatorA" },
        { path: (w) => `/facilitator/cohorts/${w.cohortA.id}/reflections`, as: "facilitatorA" },
        { path: (w) => `/facilitator/cohorts/${w.cohortA.id}/progress.csv`, as: "facilitatorA" },
      ];
      for (const place of places) {
        await fc.assert(
          fc.asyncProperty(query, async (q) => {
            const url = `${place.path(w)}?${q}`;
            const response = await personas[place.as].request.get(url, { maxRedirects: 0 });
            notAServerError(response, `GET ${url.slice(0, 200)} as ${place.as}`);
          }),
          { numRuns: RUNS },
        );
      }
    } finally {
      for (const { context } of Object.values(personas)) await context.close();
    }
  });

  test("pages whose address names something (a cohort, a question, an invite)", async ({ app, db, browser }) => {
    const w = await buildWorld(db);
    const personas = await signInPersonas(browser, app.url, db, w);
    try {
      // Always NUL once: PostgreSQL refuses it in any query, so it must never reach one.
      const segment = fc.oneof(
        fc.constant("\u0000"),
        text.filter((s) => s.length < 300),
      );
      const places: { path: (id: string) => string; as: keyof Personas }[] = [
        { path: (id) => `/facilitator/cohorts/${id}`, as: "facilitatorA" },
        { path: (id) => `/facilitator/cohorts/${id}/settings`, as: "facilitatorA" },
        { path: (id) => `/facilitator/cohorts/${id}/invitations`, as: "facilitatorA" },
        { path: (id) => `/facilitator/cohorts/${id}/reflections`, as: "facilitatorA" },
        { path: (id) => `/facilitator/cohorts/${id}/progress.csv`, as: "facilitatorA" },
        { path: (id) => `/journal/prompt/${id}`, as: "learnerA" },
        { path: (id) => `/join/${id}`, as: "learnerB" },
        { path: (id) => `/invite/${id}`, as: "learnerB" },
        { path: (id) => `/learn/${id}`, as: "anonymous" },
        { path: (id) => `/calendar/${id}`, as: "anonymous" },
      ];
      for (const place of places) {
        await fc.assert(
          fc.asyncProperty(segment, async (id) => {
            const url = place.path(encodeURIComponent(id));
            const response = await personas[place.as].request.get(url, { maxRedirects: 0 });
            notAServerError(response, `GET ${url.slice(0, 200)} as ${place.as}`);
          }),
          { numRuns: RUNS, examples: [["\u0000"]] },
        );
      }
    } finally {
      for (const { context } of Object.values(personas)) await context.close();
    }
  });
});
