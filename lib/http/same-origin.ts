// Whether a request was sent by a page on another site. Browsers put Origin on
// every POST, PUT and DELETE (and Sec-Fetch-Site on everything they send), so
// a write whose Origin is not this host came from somebody else's page: a form
// or script there trying to act with the learner's cookie. Used by the JSON
// route wrapper and by proxy.ts (for server actions and page POSTs).
// No "server-only" here: proxy.ts is bundled on its own.

type HeaderReader = { get(name: string): string | null };

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** True when the request comes from another site's page (or says so in a way we cannot check). */
export function isCrossSite(headers: HeaderReader): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (!origin) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    // "null" (a sandboxed frame, a file) or garbage: not this site.
    return true;
  }
}

/** Any method but GET, HEAD and OPTIONS: a request that may change something. */
export function isWriteMethod(method: string): boolean {
  return !READ_METHODS.has(method.toUpperCase());
}

/** A request that would change something, sent from another site. */
export function isCrossSiteWrite(method: string, headers: HeaderReader): boolean {
  return isWriteMethod(method) && isCrossSite(headers);
}

export const CROSS_SITE_MESSAGE =
  "This request came from another website, so it was refused and nothing was changed. " +
  "If you meant to do this, open It Takes Two directly and try again there.";
