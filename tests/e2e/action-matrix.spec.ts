// Who can run which server action, over HTTP: for every action, the people it
// must refuse post it aimed at learner A's data or A's cohort, both as a
// browser without JavaScript posts a form and as a browser with JavaScript
// calls the action; each refusal is one a person understands (never a 500)
// and leaves the database as it was. Then the person the action is for sends
// the same post and it works, which proves the posts were well formed.
// Personas: anonymous, learner A, learner B, the facilitator of A's cohort,
// another facilitator, an admin. The data layer's own tests are listed in
// tests/security/actions.ts; this spec fails when an action there has no case.
import type { APIRequestContext } from "@playwright/test";
import { ACTIONS } from "../security/actions";
import {
  actionFormOf,
  actionResult,
  callAction,
  callFormAction,
  decodeAttribute,
  postActionForm,
  serverActionIds,
  type Fields,
} from "./support/action-forms";
import {
  CASES,
  EXEMPT,
  buildWorld,
  signInPersonas,
  type PageOutcome,
  type Persona,
  type Refusal,
  type Said,
} from "./support/action-cases";
import { expect, test } from "./support/fixtures";

test("every server action is in the HTTP matrix, or exempt with a reason", () => {
  const covered = CASES.map((c) => c.action);
  expect(new Set(covered).size, "one case per action").toBe(covered.length);
  for (const [name, reason] of Object.entries(EXEMPT)) {
    expect(ACTIONS[name]?.access, `${name} is exempt only as a public action: ${reason}`).toBe("public");
  }
  expect([...covered, ...Object.keys(EXEMPT)].sort()).toEqual(Object.keys(ACTIONS).sort());
});

/** The path and query of a redirect's target. */
function target(location: string | undefined, base: string): string {
  if (!location) return "";
  const url = new URL(location, base);
  return `${url.pathname}${url.search}`;
}

async function expectPage(
  response: Awaited<ReturnType<APIRequestContext["post"]>>,
  expected: PageOutcome,
  base: string,
  label: string,
): Promise<void> {
  const text = decodeAttribute(await response.text());
  const location = target(response.headers()["location"], base);
  const headings = [...text.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map(([, h]) => h!.replace(/<[^>]+>/g, ""));
  const heading = headings.find(Boolean) ?? "";
  const seen = `${response.status()} ${location || `"${heading}"`}`;
  expect(response.status(), `${label}: not a server error (${seen})`).toBeLessThan(500);
  expect(response.status(), `${label}: answered ${seen}`).toBe(expected.status);
  if (expected.location) expect(location, `${label}: redirected`).toMatch(expected.location);
  if (expected.shows) expect(text, `${label}: the page says`).toContain(expected.shows);
}

for (const c of CASES) {
  const entry = ACTIONS[c.action];
  test(`${c.action} (${entry?.access}, ${entry?.scopedBy})`, async ({ app, db, browser }) => {
    const w = await buildWorld(db);
    const personas = await signInPersonas(browser, app.url, db, w);
    const url = c.url(w);
    const unchanged = async (label: string) =>
      expect(await c.state(db, w), `${label}: changed nothing`).toEqual(c.before(w));
    await unchanged("the world as built");

    try {
      if (c.kind === "call") {
        const actionId = serverActionIds().get(c.action);
        expect(actionId, `${c.action} is in the build`).toBeTruthy();
        const call = async (persona: Persona) => {
          const response = await callAction(personas[persona].request, url, app.url, actionId!, c.args(w));
          expect(response.status(), `${persona}: ${c.action}`).toBe(200);
          return actionResult(await response.text());
        };
        for (const [persona, says] of Object.entries(c.refused) as [Persona, Said][]) {
          expect(await call(persona), `${persona}: ${c.action} returned`).toMatchObject(says);
          await unchanged(`${persona}: ${c.action}`);
        }
        expect(await call(c.permitted), `${c.permitted}: ${c.action}`).toMatchObject({ ok: true });
      } else {
        // The fields, captured as the person the form is for.
        const actionId = serverActionIds().get(c.action);
        expect(actionId, `${c.action} is in the build`).toBeTruthy();
        const form = await actionFormOf(personas[c.permitted].request, url, actionId!, {
          rendered: !c.notRendered,
          pick: c.pick && ((inputs) => c.pick!(inputs, w)),
        });
        const entries = (extra: Record<string, string> = {}): Fields =>
          Object.entries({ ...form.fields, ...form.inputs, ...c.fill?.(w), ...extra });

        const refuse = async (persona: Persona, refusal: Refusal, label: string, at = url, extra = {}) => {
          const request = personas[persona].request;
          const plain = await postActionForm(request, at, app.url, entries(extra));
          await expectPage(plain, refusal.page, app.url, `${label}, without JavaScript`);
          await unchanged(`${label}, without JavaScript`);

          const js = await callFormAction(request, at, app.url, form.actionId, entries(extra));
          expect(js.status(), `${label}, with JavaScript`).toBe(200);
          expect(actionResult(await js.text()), `${label}, with JavaScript: the form says`).toMatchObject(refusal.says);
          await unchanged(`${label}, with JavaScript`);
        };
        for (const [persona, refusal] of Object.entries(c.refused) as [Persona, Refusal][]) {
          await refuse(persona, refusal, persona);
        }
        for (const v of c.variants ?? []) {
          await refuse(v.persona, v.refusal, `${v.persona} ${v.label}`, v.url?.(w) ?? url, v.fields?.(w));
        }

        const done = await postActionForm(personas[c.permitted].request, url, app.url, entries());
        await expectPage(done, c.done(w), app.url, `${c.permitted} (permitted)`);
      }
      expect(await c.state(db, w), `${c.permitted} (permitted): the change landed`).toEqual(c.after(w));
    } finally {
      for (const { context } of Object.values(personas)) await context.close();
    }
  });
}
