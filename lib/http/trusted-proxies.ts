// Which address a request really came from, given the proxies in front of
// the app (TRUSTED_PROXIES). With none configured it is the socket's peer,
// and X-Forwarded-For is ignored. With some, it is the right-most address in
// the chain (the socket's peer, then X-Forwarded-For from right to left) that
// is not a trusted proxy: each trusted hop vouches for the one before it, an
// untrusted one can have written anything to its left. proxy-addr (Express's)
// does exactly this walk, with CIDR ranges and IPv6.
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

export type TrustFunction = (address: string, hop: number) => boolean;

const NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** The entries of a TRUSTED_PROXIES value: addresses, CIDR ranges, or loopback/linklocal/uniquelocal. */
export function trustedProxyEntries(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** A reason the value is not a usable list, or null when it is. */
export function trustedProxiesProblem(value: string): string | null {
  for (const entry of trustedProxyEntries(value)) {
    if (NAMES.has(entry)) continue;
    try {
      proxyaddr.compile(entry);
    } catch {
      return `"${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`;
    }
  }
  return null;
}

const TRUST_NOBODY: TrustFunction = () => false;

export function compileTrust(value: string | undefined): TrustFunction {
  const entries = trustedProxyEntries(value);
  return entries.length ? proxyaddr.compile(entries) : TRUST_NOBODY;
}

/** IPv4 addresses written the IPv6 way (::ffff:127.0.0.1) read as plain IPv4. */
function plain(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

export function resolveClientAddress(request: IncomingMessage, trust: TrustFunction): string {
  if (!request.socket?.remoteAddress) return "unknown";
  return plain(proxyaddr(request, trust));
}
