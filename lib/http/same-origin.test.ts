import { describe, expect, it } from "vitest";
import { isCrossSite, isCrossSiteWrite } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isCrossSite", () => {
  it("accepts requests from this host, and requests that carry no Origin (curl, server-to-server)", () => {
    expect(isCrossSite(headers({ host: "course.example.org", origin: "https://course.example.org" }))).toBe(false);
    expect(isCrossSite(headers({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(false);
    expect(isCrossSite(headers({ host: "course.example.org" }))).toBe(false);
    expect(isCrossSite(headers({ host: "course.example.org", "sec-fetch-site": "same-origin" }))).toBe(false);
  });

  it("refuses another site, another port, a null or unreadable Origin, and Sec-Fetch-Site: cross-site", () => {
    const host = "course.example.org";
    expect(isCrossSite(headers({ host, origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSite(headers({ host, origin: "https://course.example.org:8443" }))).toBe(true);
    expect(isCrossSite(headers({ host, origin: "null" }))).toBe(true);
    expect(isCrossSite(headers({ host, origin: "::::" }))).toBe(true);
    expect(isCrossSite(headers({ host, "sec-fetch-site": "cross-site" }))).toBe(true);
  });

  it("compares with the host the proxy in front forwarded, when there is one", () => {
    const forwarded = { host: "127.0.0.1:3000", "x-forwarded-host": "course.example.org" };
    expect(isCrossSite(headers({ ...forwarded, origin: "https://course.example.org" }))).toBe(false);
    expect(isCrossSite(headers({ ...forwarded, origin: "http://127.0.0.1:3000" }))).toBe(true);
  });
});

describe("isCrossSiteWrite", () => {
  const evil = headers({ host: "course.example.org", origin: "https://evil.example", "sec-fetch-site": "cross-site" });

  it("lets another site link to a page (a GET) but not post to one", () => {
    expect(isCrossSiteWrite("GET", evil)).toBe(false);
    expect(isCrossSiteWrite("HEAD", evil)).toBe(false);
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) expect(isCrossSiteWrite(method, evil)).toBe(true);
  });
});
