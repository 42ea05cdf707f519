// Which clicks the app's Link leaves to the browser, and which addresses are
// paths of this site (components/ui/link.tsx, decision 059).
import { describe, expect, it } from "vitest";
import { browserHandlesClick, isAppPath } from "./link";

const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

describe("Link", () => {
  it("treats only paths of this site as in-app", () => {
    expect(isAppPath("/journal")).toBe(true);
    expect(isAppPath("/learn/own-your-part/it-takes-two#reflect")).toBe(true);
    expect(isAppPath("//example.org/journal")).toBe(false);
    expect(isAppPath("https://example.org/")).toBe(false);
    expect(isAppPath("mailto:someone@example.org")).toBe(false);
    expect(isAppPath("#main")).toBe(false);
  });

  it("navigates in the app on a plain left click only", () => {
    expect(browserHandlesClick(plain, {})).toBe(false);
    expect(browserHandlesClick(plain, { target: "_self" })).toBe(false);
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const) {
      expect(browserHandlesClick({ ...plain, [key]: true }, {}), key).toBe(true);
    }
    expect(browserHandlesClick({ ...plain, button: 1 }, {})).toBe(true);
    expect(browserHandlesClick({ ...plain, defaultPrevented: true }, {})).toBe(true);
    expect(browserHandlesClick(plain, { target: "_blank" })).toBe(true);
    expect(browserHandlesClick(plain, { download: "" })).toBe(true);
  });
});
