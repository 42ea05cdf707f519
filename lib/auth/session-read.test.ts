// The quick session read (lib/auth/session-read.ts) against better-auth's own
// getSession, with real sessions made by signing in: it answers the usual
// case with the same session and user, and hands every other case — no
// cookie, a forged signature, a signed-out or expired session, one due for
// its refresh — to better-auth, which decides as before.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { auth, SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./auth";
import { cookieValue, quickSession, verifiedToken } from "./session-read";
import { toSessionUser } from "./session";
import { db } from "../db/client";

const PASSWORD = "a-long-enough-password-for-tests";

beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-0123456789";
});

async function signedIn() {
  const email = `rhea-${randomUUID().slice(0, 8)}@example.org`;
  const { user } = await auth().api.signUpEmail({ body: { name: "Rhea Quinn", email, password: PASSWORD } });
  const { headers } = await auth().api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  const cookie = (headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const session = await db().session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  return { userId: user.id, email, session, device: new Headers({ cookie }) };
}

describe("the quick session read", () => {
  it("reads the same session and user as better-auth, fresh on every request", async () => {
    const rhea = await signedIn();
    const quick = await quickSession(rhea.device);
    const slow = await auth().api.getSession({ headers: rhea.device });
    expect(quick).not.toBe("ask-better-auth");
    if (quick === "ask-better-auth" || !slow) throw new Error("both should find the session");
    expect(quick.session.id).toBe(rhea.session.id);
    expect(quick.session.id).toBe(slow.session.id);
    expect(toSessionUser(quick.user)).toEqual(toSessionUser(slow.user));
    expect(toSessionUser(quick.user)).toMatchObject({ id: rhea.userId, email: rhea.email, role: "learner" });

    // A role change and a disabled account show on the very next read.
    await db().user.update({ where: { id: rhea.userId }, data: { role: "facilitator", timeZone: "Europe/Paris" } });
    const promoted = await quickSession(rhea.device);
    expect(promoted !== "ask-better-auth" && toSessionUser(promoted.user)).toMatchObject({
      role: "facilitator",
      timeZone: "Europe/Paris",
    });
    await db().user.update({ where: { id: rhea.userId }, data: { disabledAt: new Date() } });
    const disabled = await quickSession(rhea.device);
    expect(disabled).not.toBe("ask-better-auth");
    expect(disabled !== "ask-better-auth" && toSessionUser(disabled.user)).toBeNull();
  });

  it("hands to better-auth a request with no cookie, a forged one, or a signed-out session", async () => {
    const rhea = await signedIn();
    expect(await quickSession(new Headers())).toBe("ask-better-auth");
    expect(await quickSession(new Headers({ cookie: "theme=dark" }))).toBe("ask-better-auth");

    const cookie = rhea.device.get("cookie")!;
    const [name, value] = [
      cookie.slice(0, cookie.indexOf("=")),
      decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1)),
    ];
    const dot = value.lastIndexOf(".");
    // Another session's token under this signature, and this token under a made-up signature.
    const forgedToken = new Headers({
      cookie: `${name}=${encodeURIComponent(`x${value.slice(1, dot)}${value.slice(dot)}`)}`,
    });
    const forgedSignature = new Headers({
      cookie: `${name}=${encodeURIComponent(`${value.slice(0, dot)}.${"A".repeat(43)}=`)}`,
    });
    for (const forged of [forgedToken, forgedSignature]) {
      expect(await quickSession(forged)).toBe("ask-better-auth");
      expect(await auth().api.getSession({ headers: forged })).toBeNull();
    }

    await db().session.delete({ where: { id: rhea.session.id } });
    expect(await quickSession(rhea.device)).toBe("ask-better-auth");
    expect(await auth().api.getSession({ headers: rhea.device })).toBeNull();
  });

  it("leaves an expired session, and one due for its hourly refresh, to better-auth", async () => {
    const rhea = await signedIn();
    const now = Date.now();
    // Last refreshed just over an hour ago: better-auth moves its expiry on and notes it active now.
    const due = new Date(now + (SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS - 60) * 1000);
    await db().session.update({ where: { id: rhea.session.id }, data: { expiresAt: due } });
    expect(await quickSession(rhea.device, now)).toBe("ask-better-auth");
    expect((await auth().api.getSession({ headers: rhea.device }))?.session.id).toBe(rhea.session.id);
    const refreshed = await db().session.findUniqueOrThrow({ where: { id: rhea.session.id } });
    expect(refreshed.expiresAt.getTime()).toBeGreaterThan(due.getTime());
    expect(await quickSession(rhea.device)).not.toBe("ask-better-auth");

    await db().session.update({ where: { id: rhea.session.id }, data: { expiresAt: new Date(now - 1000) } });
    expect(await quickSession(rhea.device)).toBe("ask-better-auth");
    expect(await auth().api.getSession({ headers: rhea.device })).toBeNull();
    expect(await db().session.count({ where: { id: rhea.session.id } })).toBe(0);
  });

  it("reads cookies and signatures as better-auth does", () => {
    expect(cookieValue("a=1; itt.session_token=tok%2Ben.sig%3D; b=2", "itt.session_token")).toBe("tok+en.sig=");
    expect(cookieValue('itt.session_token="quoted"', "itt.session_token")).toBe("quoted");
    expect(cookieValue("itt.session_token=first; itt.session_token=second", "itt.session_token")).toBe("first");
    expect(cookieValue("not.this=1", "itt.session_token")).toBeNull();
    expect(verifiedToken("no-signature", "secret")).toBeNull();
    expect(verifiedToken(".AAAA", "secret")).toBeNull();
  });
});
