import { describe, expect, it } from "vitest";
import { currentNavItem } from "./nav-current";

describe("the header link for the page a person is on", () => {
  it("is the page's own link", () => {
    expect(currentNavItem("/learn")).toBe("course");
    expect(currentNavItem("/about")).toBe("about");
    expect(currentNavItem("/dashboard")).toBe("dashboard");
    expect(currentNavItem("/journal")).toBe("journal");
    expect(currentNavItem("/notifications")).toBe("notifications");
    expect(currentNavItem("/facilitator")).toBe("facilitator");
    expect(currentNavItem("/admin")).toBe("admin");
    expect(currentNavItem("/account")).toBe("account");
  });

  it("is the section's link on a page inside it", () => {
    expect(currentNavItem("/learn/check-yourself-first")).toBe("course");
    expect(currentNavItem("/learn/check-yourself-first/whats-your-part")).toBe("course");
    expect(currentNavItem("/learn/check-yourself-first/worksheet")).toBe("course");
    expect(currentNavItem("/journal/prompt/whats-your-part")).toBe("journal");
    expect(currentNavItem("/journal/summary")).toBe("journal");
    expect(currentNavItem("/facilitator/cohorts/c1/settings")).toBe("facilitator");
    expect(currentNavItem("/facilitator/guide")).toBe("facilitator");
    expect(currentNavItem("/account/delete")).toBe("account");
    expect(currentNavItem("/journal/")).toBe("journal");
  });

  it("matches whole path segments only", () => {
    expect(currentNavItem("/learning")).toBeNull();
    expect(currentNavItem("/journals")).toBeNull();
    expect(currentNavItem("/accounts/x")).toBeNull();
  });

  it("is none on pages outside the header's sections", () => {
    for (const path of [
      "/",
      "/sign-in",
      "/sign-up",
      "/goodbye",
      "/invite/abc",
      "/join/xyz",
      "/forgot-password",
      null,
    ]) {
      expect(currentNavItem(path), String(path)).toBeNull();
    }
  });
});
