// The sign-in limits over real HTTP (lib/auth/sign-in-limits.ts,
// docs/decisions/018-client-address-and-sign-in-limits.md): the address they
// count by comes from the socket, not from a header a client can write; and
// behind a trusted proxy, wrong passwords from one address slow that address
// down without keeping the account's owner out anywhere else.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { signInAccountAddressKey, signInAccountKey } from "../../lib/auth/rate-limit-keys";
import { SIGN_IN_PER_ADDRESS } from "../../lib/auth/sign-in-rules";
import { actionFormOf, serverActionIds, type ActionForm } from "./support/action-forms";
import { launchAppServer } from "./support/app-server";
import { expect, test } from "./support/fixtures";

const WRONG = "match an account"; // "That email and password don't match an account."
const RESTING = "so it is resting for";
const BUSY_NETWORK = "Too many sign-in attempts from your network.";

/** Posts the sign-in form as a browser without JavaScript does, with extra headers. */
async function signInPoster(request: APIRequestContext, baseUrl: string) {
  const form: ActionForm = await actionFormOf(request, `${baseUrl}/sign-in`, serverActionIds().get("signIn")!);
  return async (email: string, password: string, headers: Record<string, string> = {}): Promise<APIResponse> => {
    const entries: [string, string][] = [
      ...Object.entries({ ...form.fields, ...form.inputs }),
      ["email", email],
      ["password", password],
    ];
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return request.post(`${baseUrl}/sign-in`, {
      headers: { Origin: baseUrl, ...headers },
      multipart: data,
      maxRedirects: 0,
    });
  };
}

async function says(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  return (await response.text()).replace(/&#x27;|&#39;/g, "'");
}

test.describe("sign-in limits", () => {
  test.afterEach(async ({ db }) => {
    // Later tests in this worker sign in from the same address.
    await db.rateLimit.deleteMany({});
    await db.signInGuard.deleteMany({});
  });

  test("a made-up X-Forwarded-For changes nothing: the limits follow the real address", async ({
    app,
    db,
    newUser,
    request,
  }) => {
    const user = await newUser("learner");
    const signIn = await signInPoster(request, app.url);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await signIn(user.email, `wrong-${attempt}`, {
        "X-Forwarded-For": `203.0.113.${attempt + 1}`,
        "X-Real-IP": `203.0.113.${attempt + 1}`,
      });
      expect(await says(response)).toContain(WRONG);
    }
    // A fourth "address" is the same socket: the account rests, right password or not.
    const fourth = await signIn(user.email, user.password, { "X-Forwarded-For": "198.51.100.99" });
    expect(await says(fourth)).toContain(RESTING);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const counted = await db.signInGuard.findUnique({
      where: { key: signInAccountAddressKey(user.email, "127.0.0.1") },
    });
    expect(counted?.failures).toBe(3);
    for (const made of ["203.0.113.1", "198.51.100.99"]) {
      expect(await db.signInGuard.count({ where: { key: signInAccountAddressKey(user.email, made) } })).toBe(0);
    }

    // All attempts from one address, whatever header each one carries, for any accounts.
    await db.signInGuard.deleteMany({});
    await db.rateLimit.deleteMany({});
    let refusedAt = 0;
    for (let attempt = 1; attempt <= SIGN_IN_PER_ADDRESS.limit + 1; attempt += 1) {
      const response = await signIn(`nobody-${attempt}@example.org`, "not-a-password", {
        "X-Forwarded-For": `192.0.2.${attempt}`,
      });
      if ((await says(response)).includes(BUSY_NETWORK)) {
        refusedAt = attempt;
        break;
      }
    }
    expect(refusedAt).toBe(SIGN_IN_PER_ADDRESS.limit + 1);
  });

  test("behind a trusted proxy: one address guessing doesn't keep the owner out from another", async ({
    database,
    db,
    newUser,
    playwright,
  }) => {
    const user = await newUser("learner");
    const proxied = await launchAppServer(database.url, { extraEnv: { TRUSTED_PROXIES: "loopback" } });
    // Two clients, so the owner's new session cookie stays with the owner.
    const request = await playwright.request.newContext();
    const ownerRequest = await playwright.request.newContext();
    try {
      const signIn = await signInPoster(request, proxied.url);
      const ownerSignIn = await signInPoster(ownerRequest, proxied.url);
      const attacker = { "X-Forwarded-For": "203.0.113.50" };
      for (let attempt = 0; attempt < 3; attempt += 1) {
        expect(await says(await signIn(user.email, `guess-${attempt}`, attacker))).toContain(WRONG);
      }
      expect(await says(await signIn(user.email, user.password, attacker))).toContain(RESTING);
      // Writing the owner's address in front changes nothing: the right-most untrusted one counts.
      const spoofed = { "X-Forwarded-For": "198.51.100.7, 203.0.113.50" };
      expect(await says(await signIn(user.email, user.password, spoofed))).toContain(RESTING);
      expect(
        (await db.signInGuard.findUnique({ where: { key: signInAccountAddressKey(user.email, "203.0.113.50") } }))
          ?.failures,
      ).toBe(3);

      // The owner, at home, signs in at once.
      const owner = await ownerSignIn(user.email, user.password, { "X-Forwarded-For": "198.51.100.7" });
      expect(owner.status()).toBe(303);
      expect(owner.headers()["location"]).toBe("/dashboard");
      expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
      // The guessing address still waits; the owner's address is now known.
      expect(await says(await signIn(user.email, user.password, attacker))).toContain(RESTING);
      const rows = await db.signInGuard.findMany({
        where: { accountKey: signInAccountKey(user.email) },
        select: { failures: true, lastSuccessAt: true },
      });
      expect(rows.map((r) => (r.lastSuccessAt ? "known address" : `${r.failures} failures`)).sort()).toEqual([
        "3 failures",
        "known address",
      ]);
    } finally {
      await request.dispose();
      await ownerRequest.dispose();
      await proxied.stop();
    }
  });
});
