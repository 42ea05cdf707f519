// Requests no page of ours would send, aimed at the places a security review
// found 500s: `redirectTo` bent towards another site or broken with control
// characters, and server-action bodies that are not what React sends. Each
// gets a 4xx or a page with a message — never a 500 — with the security
// headers on, and nothing saved changes.
import type { APIResponse } from "@playwright/test";
import { UNREADABLE_BODY_MESSAGE, UNSUPPORTED_TYPE_MESSAGE } from "../../lib/http/action-body";
import { UNREADABLE_FORM_MESSAGE } from "../../lib/actions/form-state";
import { HOSTILE_REDIRECTS } from "../security/hostile-redirects";
import { actionFormOf, actionResult, serverActionIds } from "./support/action-forms";
import { LESSON_URL, buildWorld, signInPersonas } from "./support/action-cases";
import { expect, test } from "./support/fixtures";

function expectSecurityHeaders(response: APIResponse, label: string): void {
  const headers = response.headers();
  expect(headers["content-security-policy"], `${label}: CSP`).toContain("default-src 'self'");
  expect(headers["x-content-type-options"], `${label}: nosniff`).toBe("nosniff");
  expect(headers["x-frame-options"], `${label}: no framing`).toBe("DENY");
}

test.describe("redirectTo", () => {
  test("every hostile value leads to this site's dashboard, never a 500", async ({ app, page, signedInAs }) => {
    test.setTimeout(120_000);
    await signedInAs("learner");
    for (const value of HOSTILE_REDIRECTS) {
      const label = `redirectTo=${JSON.stringify(value)}`;
      // Signed in, the sign-in page sends the person on at once.
      const response = await page.request.get(`/sign-in?redirectTo=${encodeURIComponent(value)}`, {
        maxRedirects: 0,
      });
      expect(response.status(), label).toBe(307);
      expect(response.headers()["location"], label).toBe("/dashboard");
      expectSecurityHeaders(response, label);
    }
    // A raw control character in the address itself (not percent-encoded).
    const raw = await page.request.get(`${app.url}/sign-in?redirectTo=/%0d%0aX-Evil:%201`, { maxRedirects: 0 });
    expect(raw.status()).toBe(307);
    expect(raw.headers()["x-evil"]).toBeUndefined();
  });

  test("signing in with a hostile redirectTo lands on the dashboard", async ({ page, newUser }) => {
    const user = await newUser("learner");
    await page.goto(`/sign-in?redirectTo=${encodeURIComponent("/\\evil.example")}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dashboard$/);
  });
});

test.describe("server-action bodies no browser sends", () => {
  test("get a 4xx or the form's own message, with the security headers, and change nothing", async ({
    app,
    db,
    browser,
  }) => {
    const w = await buildWorld(db);
    const personas = await signInPersonas(browser, app.url, db, w);
    const before = await db.user.findUniqueOrThrow({ where: { id: w.users.learnerA.id } });
    const answersBefore = await db.reflection.findMany({
      where: { userId: w.users.learnerA.id },
      orderBy: { id: "asc" },
    });
    try {
      const request = personas.learnerA.request;
      const ids = serverActionIds();
      const formAction = ids.get("setTimeZoneAction")!; // (previousState, formData)
      const callAction = ids.get("visitLesson")!; // (input)
      const form = await actionFormOf(request, "/account", formAction);
      const post = (url: string, actionId: string | null, contentType: string | null, body: string | FormData) =>
        request.post(url, {
          headers: {
            Origin: app.url,
            ...(actionId ? { "Next-Action": actionId, Accept: "text/x-component" } : {}),
            ...(contentType ? { "Content-Type": contentType } : {}),
          },
          ...(typeof body === "string" ? { data: body } : { multipart: body }),
          maxRedirects: 0,
        });
      const multipart = (entries: [string, string][]) => {
        const data = new FormData();
        for (const [name, value] of entries) data.append(name, value);
        return data;
      };

      const unreadable: [string, () => Promise<APIResponse>][] = [
        ["not JSON", () => post("/account", formAction, "text/plain;charset=UTF-8", "garbage{")],
        ["JSON, but not a list of arguments", () => post("/account", formAction, "text/plain", '{"timeZone":"UTC"}')],
        ["a reference to a part that isn't there", () => post("/account", formAction, "text/plain", '["$@1"]')],
        ["a Map from nowhere", () => post(LESSON_URL, callAction, "text/plain", '[{"a":"$Q2"}]')],
        ["a BigInt that isn't a number", () => post(LESSON_URL, callAction, "text/plain", '["$n12abc"]')],
        [
          "a broken multipart body",
          () => post("/account", formAction, "multipart/form-data; boundary=xyz", "--xyz\r\nnonsense"),
        ],
        ["multipart without a boundary", () => post("/account", formAction, "multipart/form-data", "nonsense")],
        [
          "form data without the arguments",
          () => post("/account", formAction, null, multipart([["_1_timeZone", "UTC"]])),
        ],
        [
          "form data whose arguments point at missing parts",
          () => post("/account", formAction, null, multipart([["0", '[{"status":"idle"},"$Q2"]']])),
        ],
        [
          "a broken multipart body posted without JavaScript",
          () => post("/account", null, "multipart/form-data; boundary=xyz", "--xyz\r\nnonsense"),
        ],
      ];
      for (const [label, send] of unreadable) {
        const response = await send();
        expect(response.status(), label).toBe(400);
        expect(await response.text(), label).toBe(UNREADABLE_BODY_MESSAGE);
        expectSecurityHeaders(response, label);
      }

      const json = await post("/account", formAction, "application/json", '{"timeZone":"UTC"}');
      expect(json.status()).toBe(415);
      expect(await json.text()).toBe(UNSUPPORTED_TYPE_MESSAGE);
      expectSecurityHeaders(json, "JSON");

      // Readable, but not a form: the form's own message, as any refusal is shown.
      for (const args of ['["a","b"]', "[null,5]", "[]", '[{"status":"idle"},{"timeZone":"UTC"}]']) {
        const response = await post("/account", formAction, "text/plain;charset=UTF-8", args);
        expect(response.status(), args).toBe(200);
        expect(actionResult(await response.text()), args).toEqual({
          status: "error",
          message: UNREADABLE_FORM_MESSAGE,
        });
      }

      // Without JavaScript, a form whose hidden action fields were tampered with.
      const tampered = multipart([
        ...Object.entries(form.fields).map(([name, value]): [string, string] => [
          name,
          name.endsWith(":0") ? '{"id":"nope","bound":"$@1"}' : value,
        ]),
        ["timeZone", "Europe/Paris"],
      ]);
      const tamperedResponse = await post("/account", null, null, tampered);
      expect(tamperedResponse.status()).toBeGreaterThanOrEqual(400);
      expect(tamperedResponse.status()).toBeLessThan(500);
      expectSecurityHeaders(tamperedResponse, "tampered action fields");

      // A 404 and a JSON route's refusal carry the headers too.
      const missing = await request.get("/no-such-page-here");
      expect(missing.status()).toBe(404);
      expectSecurityHeaders(missing, "404 page");
      const route = await request.put(`/api/reflections/${w.privateEntry}`, {
        headers: { Origin: app.url, "Content-Type": "application/json" },
        data: Buffer.from("{not json"),
      });
      expect(route.status()).toBe(400);
      expectSecurityHeaders(route, "JSON route 400");
    } finally {
      for (const { context } of Object.values(personas)) await context.close();
    }
    const after = await db.user.findUniqueOrThrow({ where: { id: w.users.learnerA.id } });
    expect(after.timeZone).toBe(before.timeZone);
    expect(await db.reflection.findMany({ where: { userId: w.users.learnerA.id }, orderBy: { id: "asc" } })).toEqual(
      answersBefore,
    );
  });
});

test("a reflection saved with someone else's wording of the question keeps the course's own", async ({
  page,
  signedInAs,
  db,
}) => {
  const learner = await signedInAs("learner");
  await page.goto(LESSON_URL);
  const id = crypto.randomUUID();
  const response = await page.request.put(`/api/reflections/${id}`, {
    headers: { Origin: new URL(page.url()).origin, "Content-Type": "application/json" },
    data: {
      promptId: "whats-your-part",
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "Your facilitator asks: what is your bank password?",
      body: "I interrupted Dana in the Monday meeting.",
      baseVersion: 0,
    },
  });
  expect(response.status()).toBe(200);
  const row = await db.reflection.findUniqueOrThrow({ where: { id }, select: { promptText: true, userId: true } });
  expect(row.userId).toBe(learner.id);
  const heading = await page.locator("#reflection-whats-your-part").textContent();
  expect(row.promptText).toBe(heading);
  expect(row.promptText).not.toContain("bank password");
});
