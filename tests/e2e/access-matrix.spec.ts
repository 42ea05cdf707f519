// Who can read what, over HTTP, for every page and route handler that shows
// or changes learner data: anonymous, learner A, learner B, the facilitator of
// A's cohort, another facilitator, and an admin. Private text must never leak
// to anyone but its author; shared text only to the facilitator of the cohort
// it is shared with; and only its author can share it or stop sharing it.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { seedCohort } from "./support/cohorts";
import { ROUTE_PATTERNS } from "./support/routes";
import { createUser, SESSION_COOKIE, signInAs, type TestUser } from "./support/session";

type Persona = "anonymous" | "learnerA" | "learnerB" | "facilitatorA" | "facilitatorB" | "admin";
const PERSONAS: Persona[] = ["anonymous", "learnerA", "learnerB", "facilitatorA", "facilitatorB", "admin"];

const PRIVATE_TEXT = "PRIVATE-A: I never told the team about the budget cut.";
const SHARED_TEXT = "SHARED-A: I interrupted Sam in the review.";
const B_TEXT = "PRIVATE-B: Learner B's own words.";
const PLAN_TEXT = "PLAN-A: I stopped inviting Noor to the planning call.";

/** Route files under app/, as URL patterns (groups removed). */
function routeFiles(): string[] {
  const root = path.resolve(import.meta.dirname, "..", "..", "app");
  const out: string[] = [];
  const walk = (dir: string, parts: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const skip = entry.name.startsWith("_") || entry.name.startsWith("(");
        walk(
          path.join(dir, entry.name),
          skip && entry.name.startsWith("_") ? parts : skip ? parts : [...parts, entry.name],
        );
      } else if (entry.name === "page.tsx" || entry.name === "route.ts" || entry.name === "route.tsx") {
        if (!dir.split(path.sep).some((p) => p.startsWith("_"))) out.push(`/${parts.join("/")}`);
      }
    }
  };
  walk(root, []);
  return out.sort();
}

test("every page and route handler is in the access matrix", () => {
  expect(routeFiles()).toEqual([...ROUTE_PATTERNS].sort());
});

test.describe("access matrix", () => {
  test("each persona reads exactly what it may", async ({ app, db, browser }) => {
    test.setTimeout(180_000);
    const users: Record<Exclude<Persona, "anonymous">, TestUser> = {
      learnerA: await createUser(db, { role: "learner", name: "Learner A" }),
      learnerB: await createUser(db, { role: "learner", name: "Learner B" }),
      facilitatorA: await createUser(db, { role: "facilitator", name: "Facilitator A" }),
      facilitatorB: await createUser(db, { role: "facilitator", name: "Facilitator B" }),
      admin: await createUser(db, { role: "admin", name: "Admin Person" }),
    };
    const cohortA = await seedCohort(db, users.facilitatorA, {
      name: "Cohort of A",
      learners: [{ user: users.learnerA }],
    });
    const cohortB = await seedCohort(db, users.facilitatorB, {
      name: "Cohort of B",
      learners: [{ user: users.learnerB }],
    });
    const base = {
      promptId: "whats-your-part",
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "What's your part?",
    };
    const privateId = randomUUID();
    const sharedId = randomUUID();
    await db.reflection.create({ data: { id: privateId, userId: users.learnerA.id, ...base, body: PRIVATE_TEXT } });
    await db.reflection.create({
      data: {
        id: sharedId,
        userId: users.learnerA.id,
        ...base,
        body: SHARED_TEXT,
        shares: { create: { cohortId: cohortA.id } },
      },
    });
    await db.reflection.create({
      data: {
        id: randomUUID(),
        userId: users.learnerB.id,
        ...base,
        body: B_TEXT,
        shares: { create: { cohortId: cohortB.id } },
      },
    });

    const planId = randomUUID();
    await db.reflection.create({
      data: {
        id: planId,
        userId: users.learnerA.id,
        promptId: "plan-my-part",
        lessonKey: "your-turn/build-your-repair-plan",
        promptText: "What's your part in this relationship?",
        body: PLAN_TEXT,
      },
    });

    // A's look-back at the private answer, due: its page shows the answer again.
    const lookBack = await db.lookBack.create({
      data: { userId: users.learnerA.id, reflectionId: privateId, day: "2026-01-05", dueAt: new Date(0) },
      select: { id: true },
    });

    // A's notification that the look-back is due: listed, and opened, by A alone.
    const NOTE_TEXT = "Time to look back at Learner A's answer";
    const notification = await db.notification.create({
      data: {
        userId: users.learnerA.id,
        kind: "look_back",
        key: `look-back:${lookBack.id}`,
        text: NOTE_TEXT,
        href: `/journal/look-back/${lookBack.id}`,
        lookBackId: lookBack.id,
      },
      select: { id: true },
    });

    // Each cohort's module with a due date, and a private calendar address
    // for learners A and B (kept as the token's SHA-256, as the app keeps it)
    // and a third, turned off, that A had before.
    await db.assignment.create({
      data: { cohortId: cohortA.id, moduleSlug: "check-yourself-first", dueDate: "2099-03-04" },
    });
    await db.assignment.create({
      data: { cohortId: cohortB.id, moduleSlug: "check-yourself-first", dueDate: "2099-05-06" },
    });
    const feedToken = async (userId: string | null) => {
      const token = randomBytes(32).toString("base64url");
      const tokenHash = createHash("sha256").update(token).digest("base64url");
      if (userId) await db.calendarFeed.create({ data: { userId, tokenHash } });
      return token;
    };
    const feedA = await feedToken(users.learnerA.id);
    const feedB = await feedToken(users.learnerB.id);
    const revokedFeed = await feedToken(null);
    const A_DUE = "DTSTART;VALUE=DATE:20990304";
    const B_DUE = "DTSTART;VALUE=DATE:20990506";
    // A personal invitation to cohort A, waiting: its address shows on A's
    // Invitations tab only; its link shows the cohort to whoever holds it, and
    // a made-up link shows nothing.
    const INVITED = `invited-${randomUUID().slice(0, 8)}@test.example.org`;
    const invitationToken = randomBytes(32).toString("base64url");
    await db.invitation.create({
      data: {
        cohortId: cohortA.id,
        email: INVITED,
        tokenHash: createHash("sha256").update(invitationToken).digest("base64url"),
        openKey: `${cohortA.id} ${INVITED}`,
        validDays: 14,
        invitedById: users.facilitatorA.id,
        lastSentAt: new Date(),
        expiresAt: new Date(Date.now() + 14 * 86_400_000),
      },
    });

    const contexts = await personaContexts(browser, app.url, db, users);
    const paths = {
      journal: "/journal",
      prompt: "/journal/prompt/whats-your-part",
      print: "/journal/print",
      exportJson: "/api/journal/export?format=json",
      exportMd: "/api/journal/export?format=md",
      lessonEntries: "/api/reflections?lesson=check-yourself-first/whats-your-part",
      cohortReflections: `/facilitator/cohorts/${cohortA.id}/reflections`,
      cohortCsv: `/facilitator/cohorts/${cohortA.id}/progress.csv`,
      // Every page of cohort A's: its facilitator sees them; everyone else gets nothing.
      cohortPages: [
        "",
        "/assignments",
        "/invitations",
        "/nudges",
        "/reflections",
        "/settings",
        "/summary",
        `/learners/${users.learnerA.id}`,
      ].map((page) => `/facilitator/cohorts/${cohortA.id}${page}`),
      lookBack: `/journal/look-back/${lookBack.id}`,
    };

    for (const persona of PERSONAS) {
      const request = contexts[persona];
      const get = async (url: string) => {
        const response = await request.get(url, { maxRedirects: 0 });
        return {
          status: response.status(),
          text: await response.text(),
          location: response.headers()["location"] ?? "",
        };
      };
      const label = (what: string) => `${persona} ${what}`;

      // Private text never reaches anyone but its author, by any route; each
      // learner finds their own on their own pages.
      const ownPages = [
        paths.journal,
        paths.prompt,
        paths.print,
        paths.exportJson,
        paths.exportMd,
        paths.lessonEntries,
        paths.lookBack,
      ];
      const everywhere = [
        ...ownPages,
        ...paths.cohortPages,
        paths.cohortCsv,
        "/dashboard",
        "/admin",
        "/facilitator",
        "/api/calendar",
        `/calendar/${feedA}.ics`,
        `/calendar/${feedB}.ics`,
      ];
      for (const url of everywhere) {
        const { text } = await get(url);
        if (persona !== "learnerA")
          expect(text, label(`must not see A's private text at ${url}`)).not.toContain(PRIVATE_TEXT);
        if (persona !== "learnerB") expect(text, label(`must not see B's text at ${url}`)).not.toContain(B_TEXT);
        if (persona === "learnerA" && ownPages.includes(url))
          expect(text, label(`finds own text at ${url}`)).toContain(PRIVATE_TEXT);
      }

      // Learner pages: anonymous is sent to sign in; everyone else gets their own.
      for (const url of [
        paths.journal,
        paths.prompt,
        paths.print,
        "/journal/summary",
        "/dashboard",
        "/account",
        "/account/delete",
        "/journal/delete",
      ]) {
        const { status, location } = await get(url);
        if (persona === "anonymous") {
          expect(status, label(url)).toBe(307);
          expect(location, label(url)).toContain("/sign-in?redirectTo=");
        } else expect(status, label(url)).toBe(200);
      }
      expect((await get(paths.lookBack)).status, label("A's look-back")).toBe(
        { anonymous: 307, learnerA: 200, learnerB: 404, facilitatorA: 404, facilitatorB: 404, admin: 404 }[persona],
      );
      const notes = await get("/notifications");
      expect(notes.status, label("/notifications")).toBe(persona === "anonymous" ? 307 : 200);
      expect(notes.text.includes(NOTE_TEXT), label("sees A's notification")).toBe(persona === "learnerA");
      if (persona !== "learnerA") {
        // Opening A's notification: sign in, or "no longer there"; it stays unread.
        const opened = await get(`/notifications/${notification.id}`);
        expect(opened.status, label("opens A's notification")).toBe(307);
        expect(opened.location, label("opens A's notification")).toMatch(
          persona === "anonymous" ? /^\/sign-in\?redirectTo=/ : /^\/notifications\?gone=1$/,
        );
        const { readAt } = await db.notification.findUniqueOrThrow({ where: { id: notification.id } });
        expect(readAt, label("left A's notification unread")).toBeNull();
      }
      // The calendar download: each person's own due dates (a learner's
      // cohort's, or the cohorts they run), nobody else's; signed out, a 401.
      const calendar = await get("/api/calendar");
      expect(calendar.status, label("calendar download")).toBe(persona === "anonymous" ? 401 : 200);
      expect(calendar.text.includes(A_DUE), label("calendar has cohort A's due date")).toBe(
        persona === "learnerA" || persona === "facilitatorA",
      );
      expect(calendar.text.includes(B_DUE), label("calendar has cohort B's due date")).toBe(
        persona === "learnerB" || persona === "facilitatorB",
      );
      // A calendar address opens its owner's dates for whoever holds it, with
      // or without a session, and nothing else: B's gives nothing of A's; a
      // turned-off, made-up or malformed one answers a bare 404.
      const feedOfA = await get(`/calendar/${feedA}.ics`);
      expect(feedOfA.status, label("A's calendar address")).toBe(200);
      expect(feedOfA.text, label("A's calendar address")).toContain(A_DUE);
      const feedOfB = await get(`/calendar/${feedB}.ics`);
      expect(feedOfB.status, label("B's calendar address")).toBe(200);
      expect(feedOfB.text, label("B's calendar address gives nothing of A's")).not.toContain(A_DUE);
      expect(feedOfB.text, label("B's calendar address gives nothing of A's")).not.toContain("Cohort of A");
      for (const url of [
        `/calendar/${revokedFeed}.ics`,
        `/calendar/${feedA}`,
        `/calendar/${feedA.slice(1)}.ics`,
        `/calendar/${createHash("sha256").update(feedA).digest("base64url")}.ics`,
      ]) {
        const { status, text } = await get(url);
        expect(status, label(url)).toBe(404);
        expect(text, label(`${url} says nothing`)).toBe("Not found\n");
      }

      // Metrics are off on this server (no METRICS_TOKEN): nobody gets them,
      // signed in or not, admin included (tests/e2e/metrics.spec.ts turns them on).
      const metrics = await get("/api/metrics");
      expect(metrics.status, label("/api/metrics")).toBe(404);
      expect(metrics.text, label("/api/metrics says nothing")).toBe("Not found\n");

      const exported = await get(paths.exportJson);
      expect(exported.status, label("export")).toBe(persona === "anonymous" ? 401 : 200);
      if (persona === "learnerA") expect(exported.text).toContain(SHARED_TEXT);
      else expect(exported.text).not.toContain(SHARED_TEXT);

      // Shared text of A: A, and A's cohort facilitator on the cohort's reflections page.
      const reflections = await get(paths.cohortReflections);
      expect(
        reflections.text.includes(SHARED_TEXT),
        label(`sees A's shared text (${reflections.status} ${reflections.location})`),
      ).toBe(persona === "facilitatorA");
      const expectedCohortStatus = {
        anonymous: 307,
        learnerA: 403,
        learnerB: 403,
        facilitatorA: 200,
        facilitatorB: 404,
        admin: 404,
      }[persona];
      for (const url of paths.cohortPages) {
        expect((await get(url)).status, label(url)).toBe(expectedCohortStatus);
      }
      for (const url of [...everywhere, ...paths.cohortPages]) {
        const { text } = await get(url);
        const mayRead = persona === "facilitatorA" && url === `/facilitator/cohorts/${cohortA.id}/invitations`;
        expect(text.includes(INVITED), label(`sees the invited address at ${url}`)).toBe(mayRead);
      }
      // A personal invitation's page: the holder of the link sees the cohort
      // (and signs in to join); an unknown or malformed token reveals nothing.
      const invitation = await get(`/invite/${invitationToken}`);
      expect(invitation.status, label("the invitation's page")).toBe(200);
      expect(invitation.text, label("the invitation's page")).toContain("You’re invited");
      expect(invitation.text, label("the invitation's page names the cohort")).toContain("Cohort of A");
      expect(invitation.text.includes("Sign in to join"), label("asked to sign in")).toBe(persona === "anonymous");
      expect(invitation.text, label("the invitation's page names no address")).not.toContain(INVITED);
      for (const token of ["A".repeat(43), "made-up", invitationToken.slice(1)]) {
        const unknown = await get(`/invite/${token}`);
        expect(unknown.status, label(`/invite/${token}`)).toBe(200);
        expect(unknown.text, label(`/invite/${token}`)).toContain("This invitation doesn’t work");
        expect(unknown.text, label(`/invite/${token} names no cohort`)).not.toContain("Cohort of A");
      }
      const csv = await get(paths.cohortCsv);
      expect(csv.status, label("csv")).toBe(
        { anonymous: 401, learnerA: 404, learnerB: 404, facilitatorA: 200, facilitatorB: 404, admin: 404 }[persona],
      );
      if (persona === "facilitatorA") {
        expect(csv.text).toContain("Learner A");
        expect(csv.text).not.toContain("Learner B");
      }
      // A learner of another cohort, under this cohort's address, is nobody's to see.
      expect(
        (await get(`/facilitator/cohorts/${cohortA.id}/learners/${users.learnerB.id}`)).status,
        label("B under A's cohort"),
      ).toBe(
        { anonymous: 307, learnerA: 403, learnerB: 403, facilitatorA: 404, facilitatorB: 404, admin: 404 }[persona],
      );
      expect((await get(`/facilitator/cohorts/${cohortB.id}`)).status, label("cohort B")).toBe(
        { anonymous: 307, learnerA: 403, learnerB: 403, facilitatorA: 404, facilitatorB: 200, admin: 404 }[persona],
      );
      expect((await get("/facilitator")).status, label("/facilitator")).toBe(
        { anonymous: 307, learnerA: 403, learnerB: 403, facilitatorA: 200, facilitatorB: 200, admin: 200 }[persona],
      );
      expect((await get("/facilitator/guide")).status, label("/facilitator/guide")).toBe(
        { anonymous: 307, learnerA: 403, learnerB: 403, facilitatorA: 200, facilitatorB: 200, admin: 200 }[persona],
      );
      expect((await get("/admin")).status, label("/admin")).toBe(
        { anonymous: 307, learnerA: 403, learnerB: 403, facilitatorA: 403, facilitatorB: 403, admin: 200 }[persona],
      );
      // Getting back in and confirming a new address: open to everyone, and a
      // page without a valid link only says so (no account is named).
      for (const url of [
        "/forgot-password",
        "/reset-password",
        "/reset-password?token=made-up-token-0123456789",
        "/account/confirm-email?token=x",
      ]) {
        const { status, text } = await get(url);
        expect(status, label(url)).toBe(200);
        expect(text, label(`${url} names no account`)).not.toContain("@test.example.org");
      }
      // The plan's look-back: each learner reads only their own (A's answer id never reaches anyone else).
      const planLookBack = await get("/api/plan-look-back?answer=plan-my-part");
      expect(planLookBack.status, label("plan look-back")).toBe(persona === "anonymous" ? 401 : 200);
      expect(planLookBack.text.includes(planId), label("plan look-back names A's answer")).toBe(persona === "learnerA");
      const summary = await get("/journal/summary");
      expect(summary.text.includes(PLAN_TEXT), label("summary shows A's plan")).toBe(persona === "learnerA");
      expect(
        (await get("/api/facilitator-notes?lesson=/learn/check-yourself-first/whats-your-part")).status,
        label("notes"),
      ).toBe(
        { anonymous: 401, learnerA: 403, learnerB: 403, facilitatorA: 200, facilitatorB: 200, admin: 200 }[persona],
      );
    }

    // Sharing A's entries: only A, and only into a cohort A is in. Everyone
    // else is answered as if the entry did not exist, whichever cohort they name.
    const shares = async () =>
      (
        await db.reflectionShare.findMany({
          where: { reflection: { userId: users.learnerA.id } },
          select: { reflectionId: true, cohortId: true },
        })
      )
        .map((s) => `${s.reflectionId === sharedId ? "shared" : "private"}→${s.cohortId === cohortA.id ? "A" : "B"}`)
        .sort();
    expect(await shares()).toEqual(["shared→A"]);
    for (const persona of PERSONAS) {
      const request = contexts[persona];
      const label = (what: string) => `${persona} ${what}`;
      if (persona === "learnerA") continue;
      const refused = persona === "anonymous" ? 401 : 404;
      for (const cohortId of [cohortA.id, cohortB.id]) {
        const shared = await request.put(`/api/reflections/${privateId}/share`, { data: { cohortId } });
        expect(shared.status(), label(`shares A's private entry with ${cohortId}`)).toBe(refused);
        const stopped = await request.delete(`/api/reflections/${sharedId}/share`, { data: { cohortId } });
        expect(stopped.status(), label(`stops A's sharing with ${cohortId}`)).toBe(refused);
      }
      const all = await request.delete(`/api/reflections/${sharedId}/share`, { data: {} });
      expect(all.status(), label("stops all of A's sharing")).toBe(refused);
      if (persona !== "anonymous") {
        const body = (await all.json()) as Record<string, unknown>;
        expect(body, label("is told nothing about A's entry")).toEqual({
          error: "That answer is no longer in your journal. It may have been deleted in another tab.",
        });
      }
    }
    expect(await shares()).toEqual(["shared→A"]);
    const intoB = await contexts.learnerA.put(`/api/reflections/${privateId}/share`, {
      data: { cohortId: cohortB.id },
    });
    expect(intoB.status(), "learnerA shares into a cohort they are not in").toBe(422);
    expect(await shares()).toEqual(["shared→A"]);
    const intoA = await contexts.learnerA.put(`/api/reflections/${privateId}/share`, {
      data: { cohortId: cohortA.id },
    });
    expect(intoA.status(), "learnerA shares into their own cohort").toBe(200);
    expect(await shares()).toEqual(["private→A", "shared→A"]);
    expect((await contexts.learnerA.delete(`/api/reflections/${privateId}/share`, { data: {} })).status()).toBe(200);
    expect(await shares()).toEqual(["shared→A"]);

    // Writes to A's entries: only A. (After the reads, which expect the original text.)
    for (const persona of PERSONAS) {
      const request = contexts[persona];
      const label = (what: string) => `${persona} ${what}`;
      for (const id of [privateId, sharedId]) {
        const response = await request.put(`/api/reflections/${id}`, {
          data: { ...base, body: `Overwritten by ${persona}`, baseVersion: 1 },
        });
        const expected = persona === "anonymous" ? 401 : persona === "learnerA" ? 200 : 404;
        expect(response.status(), label(`PUT ${id}`)).toBe(expected);
      }
    }
    // A's own overwrite landed; no one else's did.
    const stored = await db.reflection.findMany({ where: { userId: users.learnerA.id }, select: { body: true } });
    expect(stored.map((r) => r.body).sort()).toEqual(["Overwritten by learnerA", "Overwritten by learnerA", PLAN_TEXT]);
    for (const request of Object.values(contexts)) await request.dispose();
  });
});

async function personaContexts(
  browser: Browser,
  baseURL: string,
  db: Parameters<typeof signInAs>[2],
  users: Record<Exclude<Persona, "anonymous">, TestUser>,
): Promise<Record<Persona, APIRequestContext>> {
  const out = {} as Record<Persona, APIRequestContext>;
  for (const persona of PERSONAS) {
    const context = await browser.newContext({ baseURL });
    if (persona !== "anonymous") await signInAs(context, baseURL, db, users[persona]);
    const cookies = await context.cookies();
    await context.close();
    const { request } = await import("@playwright/test");
    out[persona] = await request.newContext({
      baseURL,
      extraHTTPHeaders: cookies.length ? { Cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") } : {},
    });
    void SESSION_COOKIE;
  }
  return out;
}
