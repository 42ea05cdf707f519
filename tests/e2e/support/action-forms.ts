// Server actions over plain HTTP, as a browser (or anyone else) can send them.
//
// A form whose action comes from `useActionState` is rendered, for browsers
// without JavaScript, with hidden fields: $ACTION_REF_n, $ACTION_n:0 (the
// action's id and where its bound arguments are), $ACTION_n:1 (the previous
// state, bound as the first argument) and $ACTION_KEY. Posting them with the
// form's own fields, as multipart, to any page runs the action exactly as a
// browser without JavaScript would. With JavaScript, the browser instead posts
// the arguments to the page with a Next-Action header, and gets the action's
// return value back in the response. Action ids are the same for everyone
// using one build, so fields captured from one person's page can be replayed
// by anyone else, with any values.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

export type FormState = { status: string; message?: string; fieldErrors?: Record<string, string[]> };

/** One server-action form on a page: its action's id, its $ACTION fields and its own hidden inputs. */
export type ActionForm = { actionId: string; fields: Record<string, string>; inputs: Record<string, string> };

export function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decodeAttribute(value);
}

/** The server-action forms in a page's HTML, in document order. */
export function parseActionForms(html: string): ActionForm[] {
  const forms: ActionForm[] = [];
  for (const [form] of html.matchAll(/<form[\s>][\s\S]*?<\/form>/g)) {
    const fields: Record<string, string> = {};
    const inputs: Record<string, string> = {};
    for (const [input] of form.matchAll(/<input type="hidden"[^>]*>/g)) {
      const name = attribute(input, "name");
      if (!name) continue;
      (name.startsWith("$ACTION") ? fields : inputs)[name] = attribute(input, "value") ?? "";
    }
    const reference = Object.entries(fields).find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
    const actionId = reference ? (JSON.parse(reference) as { id: string }).id : undefined;
    if (actionId) forms.push({ actionId, fields, inputs });
  }
  return forms;
}

export async function actionForms(request: APIRequestContext, url: string): Promise<ActionForm[]> {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), `GET ${url}`).toBe(200);
  return parseActionForms(await response.text());
}

/**
 * The one form of an action on a page, as the person behind `request` sees
 * it, picked by its hidden inputs where the page has several; or, for a form
 * the page shows only after a click, the fields built from the action's id.
 */
export async function actionFormOf(
  request: APIRequestContext,
  url: string,
  actionId: string,
  {
    rendered = true,
    pick = () => true,
  }: { rendered?: boolean; pick?: (inputs: Record<string, string>) => boolean } = {},
): Promise<ActionForm> {
  if (!rendered) return { actionId, fields: stateActionFields(actionId), inputs: {} };
  const forms = (await actionForms(request, url)).filter((f) => f.actionId === actionId && pick(f.inputs));
  expect(forms, `one form of the action on ${url}`).toHaveLength(1);
  return forms[0]!;
}

/**
 * The hidden fields React renders into a page's one server-action form for
 * browsers without JavaScript ($ACTION_REF, $ACTION_KEY and the bound action
 * id) — what a copy of the form on another site would post.
 */
export async function actionFormFields(request: APIRequestContext, url: string): Promise<Record<string, string>> {
  const forms = await actionForms(request, url);
  expect(forms, `one server-action form on ${url}`).toHaveLength(1);
  const fields = forms[0]!.fields;
  expect(Object.keys(fields), `server-action fields on ${url}`).toContain("$ACTION_KEY");
  return fields;
}

/**
 * The no-JavaScript fields of a `useActionState` form for an action, for a
 * form the page does not render at first (it appears after a click).
 */
export function stateActionFields(actionId: string, previous: FormState = { status: "idle" }): Record<string, string> {
  return {
    $ACTION_REF_1: "",
    "$ACTION_1:0": JSON.stringify({ id: actionId, bound: "$@1" }),
    "$ACTION_1:1": JSON.stringify([previous]),
    $ACTION_KEY: "k0",
  };
}

const root = path.resolve(import.meta.dirname, "..", "..", "..");
let manifestIds: Map<string, string> | undefined;

/**
 * The id of each server action in the build the tests run against, by its
 * exported name, from Next.js's server-reference manifest. (A page's forms
 * carry only ids; actions passed to a client component as props appear in no
 * script by name.)
 */
export function serverActionIds(): Map<string, string> {
  if (manifestIds) return manifestIds;
  const file = path.join(root, process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, { exportedName, filename }] of Object.entries(manifest.node)) {
    if (!exportedName) continue;
    if (ids.has(exportedName)) throw new Error(`Two server actions are named ${exportedName} (${filename})`);
    ids.set(exportedName, id);
  }
  manifestIds = ids;
  return ids;
}

export type Fields = [string, string][];

function formData(entries: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

/** Posts a form as a browser without JavaScript does (the page answers, or a redirect). */
export async function postActionForm(request: APIRequestContext, url: string, origin: string, entries: Fields) {
  return request.post(url, { headers: { Origin: origin }, multipart: formData(entries), maxRedirects: 0 });
}

/**
 * The rows of a response in React's flight format: `<id>:<JSON>\n`, or, for a
 * long string, `<id>:T<byte length in hex>,<the text>` with no line end.
 */
function flightRows(body: string): Map<string, unknown> {
  const bytes = Buffer.from(body, "utf8");
  const rows = new Map<string, unknown>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.toString("latin1", at, colon);
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.toString("latin1", colon + 2, comma), 16);
      rows.set(id, bytes.toString("utf8", comma + 1, comma + 1 + length));
      at = comma + 1 + length;
      continue;
    }
    const newline = bytes.indexOf(0x0a, colon);
    const end = newline < 0 ? bytes.length : newline;
    if (/^[0-9a-f]+$/.test(id)) {
      try {
        rows.set(id, JSON.parse(bytes.toString("utf8", colon + 1, end)));
      } catch {
        // A row of another kind (a module, a hint): not part of a value.
      }
    }
    at = end + 1;
  }
  return rows;
}

/** A flight value with its references to other rows filled in and its escapes undone. */
function resolveFlight(value: unknown, rows: Map<string, unknown>, depth = 0): unknown {
  if (depth > 50) throw new Error("The action result nests too deeply");
  if (typeof value === "string") {
    if (value.startsWith("$$")) return value.slice(1);
    if (value === "$undefined") return undefined;
    const ref = /^\$@?([0-9a-f]+)$/.exec(value)?.[1];
    if (ref !== undefined && rows.has(ref)) return resolveFlight(rows.get(ref), rows, depth + 1);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => resolveFlight(item, rows, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveFlight(v, rows, depth + 1)]));
  }
  return value;
}

/** The value an action returned, from the response to a Next-Action call (React's flight format). */
export function actionResult(body: string): unknown {
  const rows = flightRows(body);
  const root = rows.get("0") as { a?: unknown } | undefined;
  if (!root || typeof root.a !== "string" || !rows.has(root.a.replace(/^\$@/, ""))) {
    throw new Error(`No action result in the response:\n${body.slice(0, 500)}`);
  }
  return resolveFlight(root.a, rows);
}

/**
 * Calls a `(previousState, formData)` action as a browser with JavaScript
 * does: the two arguments encoded by React (the FormData's fields as "_1_<name>"),
 * posted with the Next-Action header.
 */
export async function callFormAction(
  request: APIRequestContext,
  url: string,
  origin: string,
  actionId: string,
  entries: Fields,
  previous: FormState = { status: "idle" },
) {
  const body: Fields = entries.filter(([name]) => !name.startsWith("$ACTION")).map(([n, v]) => [`_1_${n}`, v]);
  // The root last, as React sends it: the server reads the fields before it.
  body.push(["0", JSON.stringify([previous, "$K1"])]);
  return request.post(url, {
    headers: { Origin: origin, "Next-Action": actionId, Accept: "text/x-component" },
    multipart: formData(body),
    maxRedirects: 0,
  });
}

/** Calls an action with JSON arguments, as an island's `await action(input)` does. */
export async function callAction(
  request: APIRequestContext,
  url: string,
  origin: string,
  actionId: string,
  args: unknown[],
) {
  return request.post(url, {
    headers: {
      Origin: origin,
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}
