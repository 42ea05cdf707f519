// Whether the body of a write to a page is one Next.js and React can read.
// A server action's arguments arrive in React's reply format: a JSON array
// (sent as text/plain), or form data whose "0" field holds that array and
// whose other fields are a form's values. Next.js decodes it before any code
// of ours runs, and answers a body it cannot decode (not JSON, a broken
// multipart, a reference to a part that isn't there, a malformed BigInt) with
// a 500. proxy.ts asks this module first and answers such a body with a 400
// and a sentence instead (docs/decisions/018-client-address-and-sign-in-limits.md).
//
// The rule is narrow on purpose: our pages only ever send plain values, form
// data ("$K…") and React's escaped strings ("$$…"), so every other outlined
// reference is refused rather than checked.
// No "server-only" here: proxy.ts is bundled on its own.

export type ActionBodyVerdict = "ok" | "unreadable" | "unsupported-type";

export const UNREADABLE_BODY_MESSAGE =
  "We couldn't read that request, so nothing was changed. Please reload the page and try again.";
export const UNSUPPORTED_TYPE_MESSAGE =
  "This page only takes forms sent by a web browser, so nothing was changed. Please reload the page and try again.";

const MAX_DEPTH = 64;

/** React reply strings that stand for a value by themselves, needing no other part. */
function isSelfContained(value: string): boolean {
  if (!value.startsWith("$")) return true;
  const tag = value[1];
  if (tag === "$") return true; // an escaped string that starts with "$"
  if (tag === "K") return /^\$K[0-9a-f]{1,8}$/i.test(value); // the form's fields
  if (tag === "n") return /^\$n-?\d{1,300}$/.test(value); // a BigInt
  if (tag === "D") return value.length < 64; // a Date (an invalid one fails our schemas)
  return ["$I", "$N", "$u", "$undefined", "$-0", "$-Infinity", "$H", "$Infinity", "$NaN"].includes(value);
}

function onlySelfContained(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return isSelfContained(value);
  if (value === null || typeof value !== "object") return true;
  const items = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return items.every((item) => onlySelfContained(item, depth + 1));
}

/** The arguments' JSON: an array of values that need no other part of the body. */
export function readableArguments(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && onlySelfContained(parsed, 0);
}

type BodyRequest = {
  method: string;
  headers: { get(name: string): string | null };
  clone(): { text(): Promise<string>; formData(): Promise<FormData> };
};

/** Reads a copy of the body (the request itself is left for Next.js). */
export async function actionBodyVerdict(request: BodyRequest): Promise<ActionBodyVerdict> {
  if (request.method !== "POST") return "ok";
  const isAction = request.headers.get("next-action") !== null;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  if (!isAction && !multipart) return "ok"; // a page answers other posts like a GET
  if (multipart) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return "unreadable";
    }
    if (!isAction) return "ok"; // a form posted without JavaScript: Next.js reads its $ACTION fields itself
    const root = form.get("0");
    return typeof root === "string" && readableArguments(root) ? "ok" : "unreadable";
  }
  if (!type.startsWith("text/plain")) return "unsupported-type";
  return readableArguments(await request.clone().text()) ? "ok" : "unreadable";
}
