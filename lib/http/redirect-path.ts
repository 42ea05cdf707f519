// Where to send a person after they sign in: a path on this site, or the
// default. `redirectTo` arrives from an address anyone can write, so it is
// read as a URL against our own origin and kept only if it stays a plain
// same-origin path. Anything odd — a scheme, `//host`, a backslash (browsers
// read it as a slash), an encoded slash or backslash, a control character or
// a space — gives the default: refusing is simpler and safer than repairing.
// What comes back is already encoded, so it is always a valid Location header.

export const REDIRECT_PATH_MAX = 500;

/** Where signing in or up leads when nothing else was asked for: the person's dashboard. */
export const AFTER_SIGN_IN = "/dashboard";

const BASE = "http://redirect.invalid";

// Raw characters a path we made never holds: C0 controls, space, DEL, C1
// controls, backslash, and Unicode line/paragraph separators and bidi marks.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_RAW = /[\u0000-\u0020\u007f-\u009f\\\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Control characters percent-encoded anywhere (a decoder later on could turn
// them back), and an encoded "/" or "\\" in the path itself.
const FORBIDDEN_ENCODED = /%(?:[01][0-9a-f]|7f|c2%[89][0-9a-f])/i;
const FORBIDDEN_ENCODED_IN_PATH = /%(?:2f|5c)/i;

export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > REDIRECT_PATH_MAX) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  if (FORBIDDEN_RAW.test(value) || FORBIDDEN_ENCODED.test(value)) return fallback;
  if (FORBIDDEN_ENCODED_IN_PATH.test(value.split(/[?#]/, 1)[0] ?? "")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments resolved against the root could still end in "//…".
  if (!path.startsWith("/") || path.startsWith("//") || path.length > REDIRECT_PATH_MAX * 3) return fallback;
  return path;
}
