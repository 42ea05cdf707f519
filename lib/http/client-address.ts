// The network address a request came from, for the limits on signing in,
// signing up and asking for reset links (docs/decisions/018-client-address-and-sign-in-limits.md).
//
// A client can write any X-Forwarded-For it likes, and `next start` passes it
// on untouched, so the app never reads that header. Our own server
// (scripts/serve.ts) works the address out from the socket — and from
// X-Forwarded-For only as far as TRUSTED_PROXIES allows — and writes it into
// CLIENT_ADDRESS_HEADER on every request, replacing whatever a client sent.
// The app believes that header only when that server is the one running.

export const CLIENT_ADDRESS_HEADER = "x-itt-client-address";

/** Every request from a server we did not start shares this one address (the safe side). */
export const UNKNOWN_ADDRESS = "unknown";

const SERVER_MARK = Symbol.for("it-takes-two.client-address-server");

type Marked = { [SERVER_MARK]?: boolean };

/** Called once by scripts/serve.ts: from now on CLIENT_ADDRESS_HEADER is ours. */
export function markClientAddressServer(): void {
  (globalThis as Marked)[SERVER_MARK] = true;
}

export function clientAddressServerRunning(): boolean {
  return (globalThis as Marked)[SERVER_MARK] === true;
}

/** The client's address, as our server worked it out; UNKNOWN_ADDRESS under any other server. */
export function clientAddress(headers: Headers): string {
  if (!clientAddressServerRunning()) return UNKNOWN_ADDRESS;
  const address = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  return address ? address.slice(0, 64) : UNKNOWN_ADDRESS;
}
