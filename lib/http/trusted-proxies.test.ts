import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { compileTrust, resolveClientAddress, trustedProxiesProblem } from "./trusted-proxies";

function request(socket: string, forwardedFor?: string): IncomingMessage {
  const headers = forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor };
  return {
    socket: { remoteAddress: socket },
    connection: { remoteAddress: socket },
    headers,
  } as unknown as IncomingMessage;
}

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const trust = compileTrust(undefined);
    expect(resolveClientAddress(request("198.51.100.4"), trust)).toBe("198.51.100.4");
    expect(resolveClientAddress(request("198.51.100.4", "203.0.113.9"), trust)).toBe("198.51.100.4");
    expect(resolveClientAddress(request("::ffff:127.0.0.1", "203.0.113.9"), trust)).toBe("127.0.0.1");
  });

  it("is the right-most address that is not a trusted proxy", () => {
    const trust = compileTrust("10.0.0.0/8, loopback");
    // nginx on loopback, a load balancer at 10.1.2.3, the person at 203.0.113.9.
    expect(resolveClientAddress(request("127.0.0.1", "203.0.113.9, 10.1.2.3"), trust)).toBe("203.0.113.9");
    // Whatever the person wrote in front of it is ignored.
    expect(resolveClientAddress(request("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.2.3"), trust)).toBe("203.0.113.9");
    // A request that did not come through the proxy is its own address.
    expect(resolveClientAddress(request("198.51.100.4", "1.2.3.4"), trust)).toBe("198.51.100.4");
    // IPv6 too.
    expect(resolveClientAddress(request("::1", "2001:db8::7"), trust)).toBe("2001:db8::7");
  });

  it("is configured by TRUSTED_PROXIES, and a wrong value stops the app with a message", () => {
    expect(trustedProxiesProblem("loopback, 10.0.0.0/8 192.168.1.7 fd00::/8")).toBeNull();
    expect(trustedProxiesProblem("10.0.0.0/8, my-proxy")).toContain('"my-proxy" is not an IP address');
    expect(parseEnv({ TRUSTED_PROXIES: "loopback" }).TRUSTED_PROXIES).toBe("loopback");
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33" is not/);
  });
});
