import { describe, expect, it } from "vitest";
import { HOSTILE_REDIRECTS } from "../../tests/security/hostile-redirects";
import { safeRedirectPath } from "./redirect-path";

describe("safeRedirectPath", () => {
  it("keeps ordinary paths on this site, with their query and fragment", () => {
    expect(safeRedirectPath("/journal")).toBe("/journal");
    expect(safeRedirectPath("/learn/check-yourself-first/whats-your-part#reflection-x")).toBe(
      "/learn/check-yourself-first/whats-your-part#reflection-x",
    );
    expect(safeRedirectPath("/journal?view=timeline&q=trust")).toBe("/journal?view=timeline&q=trust");
    expect(safeRedirectPath("/join/abcdefghjkmnpqrs")).toBe("/join/abcdefghjkmnpqrs");
  });

  it("encodes what it keeps, so the answer is always a valid Location header", () => {
    expect(safeRedirectPath("/journal?q=café")).toBe("/journal?q=caf%C3%A9");
    expect(safeRedirectPath("/journal?q=a%20b%2Fc")).toBe("/journal?q=a%20b%2Fc");
  });

  it.each(HOSTILE_REDIRECTS.map((value) => [JSON.stringify(value), value]))(
    "refuses %s and gives the default",
    (_label, value) => {
      expect(safeRedirectPath(value)).toBe("/");
      expect(safeRedirectPath(value, "/dashboard")).toBe("/dashboard");
    },
  );

  it("refuses anything that is not a string", () => {
    for (const value of [undefined, null, 42, ["/journal"], { href: "/journal" }]) {
      expect(safeRedirectPath(value)).toBe("/");
    }
  });

  it("never returns a path a browser would read as another host", () => {
    for (const value of HOSTILE_REDIRECTS) {
      const path = safeRedirectPath(value);
      expect(path.startsWith("/")).toBe(true);
      expect(path.startsWith("//")).toBe(false);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(path).not.toMatch(/[\u0000-\u0020\u007f-\u009f\\]/);
    }
  });
});
