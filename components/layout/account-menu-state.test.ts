import { describe, expect, it } from "vitest";
import {
  SESSION_MAX_RETRIES,
  sessionCheckFrom,
  shouldRetry,
  type SessionCheck,
} from "@/components/session/session-check";
import { forgetsSession, menuAfterCheck, rememberCheck, type MenuState } from "./account-menu-state";

const ana = { id: "ana-1", name: "Ana", role: "learner" as const };
const signedIn: SessionCheck = { kind: "signed-in", session: ana };
const signedOut: SessionCheck = { kind: "signed-out" };
const unknown: SessionCheck = { kind: "unknown" };

describe("reading /api/session's answer", () => {
  it("is signed in or out only when the server said so", () => {
    expect(sessionCheckFrom(200, { session: ana })).toEqual(signedIn);
    expect(sessionCheckFrom(200, { session: null })).toEqual(signedOut);
    expect(sessionCheckFrom(401, undefined)).toEqual(signedOut);
  });

  it("is unknown after a server error, a lost connection or an answer it can't read", () => {
    for (const status of [500, 502, 503, 504]) {
      expect(sessionCheckFrom(status, { error: "Can't check who is signed in right now." }), `${status}`).toEqual(
        unknown,
      );
    }
    expect(sessionCheckFrom(0, undefined)).toEqual(unknown);
    expect(sessionCheckFrom(200, undefined)).toEqual(unknown);
    expect(sessionCheckFrom(200, "<html>")).toEqual(unknown);
    expect(sessionCheckFrom(200, { session: { id: 1 } })).toEqual(unknown);
    expect(sessionCheckFrom(200, {})).toEqual(unknown);
  });
});

describe("what the header shows", () => {
  /** Feeds checks through the header's rules, as one page view would. */
  function walk(checks: SessionCheck[]): MenuState[] {
    let last = null;
    const shown: MenuState[] = [];
    for (const check of checks) {
      last = rememberCheck(check, last);
      shown.push(menuAfterCheck(check, last));
    }
    return shown;
  }

  it("never says signed out because a check failed", () => {
    expect(walk([unknown])).toEqual([{ status: "unknown" }]);
    expect(walk([signedIn, unknown, unknown])).toEqual([
      { status: "signed-in", session: ana },
      { status: "signed-in", session: ana },
      { status: "signed-in", session: ana },
    ]);
    expect(walk([unknown, signedIn])).toEqual([{ status: "unknown" }, { status: "signed-in", session: ana }]);
  });

  it("follows real answers at once", () => {
    expect(walk([signedIn, signedOut, unknown])).toEqual([
      { status: "signed-in", session: ana },
      { status: "signed-out" },
      { status: "signed-out" },
    ]);
  });

  it("asks again a few times after an unknown answer, and not after a real one", () => {
    expect(shouldRetry(unknown, 0)).toBe(true);
    expect(shouldRetry(unknown, SESSION_MAX_RETRIES - 1)).toBe(true);
    expect(shouldRetry(unknown, SESSION_MAX_RETRIES)).toBe(false);
    expect(shouldRetry(signedIn, 0)).toBe(false);
    expect(shouldRetry(signedOut, 0)).toBe(false);
  });

  it("forgets an earlier answer where the session changes", () => {
    expect(forgetsSession("/sign-in")).toBe(true);
    expect(forgetsSession("/sign-up")).toBe(true);
    expect(forgetsSession("/goodbye")).toBe(true);
    expect(forgetsSession("/journal")).toBe(false);
    expect(forgetsSession("/sign-inside")).toBe(false);
  });
});
