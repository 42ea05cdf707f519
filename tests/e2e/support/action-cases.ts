// The world every server-action test over HTTP starts from (learners A and B,
// their cohorts and facilitators, an admin, A's answers and a nudge), and one
// case per server action: the page its form is on, the person it is for, who
// must be refused and what each refusal looks like, and the rows it changes.
// Used by the access matrix (action-matrix.spec.ts) and the fuzzing of every
// action with random input (action-fuzz.spec.ts).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { Db } from "../../../lib/db/client";
import { CREDENTIAL_PROVIDER } from "../../../scripts/seed/demo-accounts";
import { getCourse } from "../../../lib/course/catalog";
import { seedCohort } from "./cohorts";
import { signInAs, type TestUser } from "./session";

export type Persona = "anonymous" | "learnerA" | "learnerB" | "facilitatorA" | "facilitatorB" | "admin";
export type Member = Exclude<Persona, "anonymous">;
export const PERSONAS: Persona[] = ["anonymous", "learnerA", "learnerB", "facilitatorA", "facilitatorB", "admin"];

/** Public actions, proven by tests/e2e/auth.spec.ts (sign-in rate limit, no role at sign-up, own session). */
export const EXEMPT: Record<string, string> = {
  signIn: "public: anyone may sign in; the rate limit and wrong passwords are in auth.spec.ts",
  signUp: "public: anyone may sign up; that no role can be chosen is in auth.spec.ts",
  signOut: "public: it ends only the caller's own session (auth.spec.ts)",
  requestPasswordResetAction:
    "public: anyone may ask; one answer for every address and the limits are in account-recovery.spec.ts",
  resetPasswordAction: "public: only a valid, unspent link works; every kind of link is in account-recovery.spec.ts",
  confirmEmailChangeAction:
    "public: only a signed link for that account works, never for another signed-in person (account-settings.spec.ts)",
};

/** Learner A's password: the account page's email and password forms ask for it. */
export const PASSWORD_A = "learner-a-has-a-long-password";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

export const PROMPT_ID = "whats-your-part";
export const LESSON_KEY = "check-yourself-first/whats-your-part";
export const LESSON_URL = "/learn/check-yourself-first/whats-your-part";
const [MODULE_1, MODULE_2] = getCourse().modules.map((m) => m.slug);

export type World = {
  users: Record<Member, TestUser> & { coFacilitator: TestUser };
  cohortA: { id: string; inviteCode: string };
  cohortB: { id: string; inviteCode: string };
  /** A's two answers to PROMPT_ID, one private and one shared with A's cohort. */
  privateEntry: string;
  sharedEntry: string;
  /** B's answer, shared with B's cohort. */
  bEntry: string;
  /** From A's facilitator to A. */
  nudge: string;
  /** MODULE_1, assigned to A's cohort and to B's. */
  assignmentA: string;
  assignmentB: string;
  /** Learner A is also signed in on a phone (besides wherever a test signs A in). */
  phoneSessionA: string;
  /** A's look-back at their shared answer, due since yesterday. */
  lookBack: string;
  /** A's notification of the nudge, unread. */
  notification: string;
  /** A personal invitation to A's cohort, waiting, with the token of its link. */
  invitation: { id: string; token: string; email: string };
};

/** As lib/cohorts/invitations.ts stores a link's token (that module is server-only). */
export const invitationTokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A person who signs in only by session cookie: no password to hash, so a world is quick to build. */
async function person(db: Db, role: TestUser["role"], name: string): Promise<TestUser> {
  const id = randomUUID();
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${id.slice(0, 8)}@test.example.org`;
  await db.user.create({ data: { id, name, email, role, emailVerified: true } });
  return { id, name, email, role, password: "" };
}

export async function buildWorld(db: Db): Promise<World> {
  const user = (role: TestUser["role"], name: string) => person(db, role, name);
  const users = {
    learnerA: await user("learner", "Learner A"),
    learnerB: await user("learner", "Learner B"),
    facilitatorA: await user("facilitator", "Facilitator A"),
    facilitatorB: await user("facilitator", "Facilitator B"),
    admin: await user("admin", "Admin Person"),
    coFacilitator: await user("facilitator", "Co-facilitator C"),
  };
  const cohortA = await seedCohort(db, users.facilitatorA, {
    name: "Cohort of A",
    learners: [{ user: users.learnerA }],
  });
  await db.cohortFacilitator.create({ data: { cohortId: cohortA.id, userId: users.coFacilitator.id } });
  const cohortB = await seedCohort(db, users.facilitatorB, {
    name: "Cohort of B",
    learners: [{ user: users.learnerB }],
  });
  const assign = (cohortId: string) =>
    db.assignment.create({ data: { cohortId, moduleSlug: MODULE_1! }, select: { id: true } });
  const entry = async (userId: string, body: string, sharedWith: string | null) => {
    const id = randomUUID();
    const prompt = { promptId: PROMPT_ID, lessonKey: LESSON_KEY, promptText: "What's your part?" };
    const shares = sharedWith ? { shares: { create: { cohortId: sharedWith } } } : {};
    await db.reflection.create({ data: { id, userId, ...prompt, body, ...shares } });
    return id;
  };
  await db.account.create({
    data: {
      id: randomUUID(),
      userId: users.learnerA.id,
      accountId: users.learnerA.id,
      providerId: CREDENTIAL_PROVIDER,
      password: await hashPassword(PASSWORD_A),
    },
  });
  const phoneSessionA = randomUUID();
  await db.session.create({
    data: {
      id: phoneSessionA,
      token: randomUUID(),
      userId: users.learnerA.id,
      userAgent: IPHONE,
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
    },
  });
  const privateEntry = await entry(users.learnerA.id, "A's private answer", null);
  const sharedEntry = await entry(users.learnerA.id, "A's shared answer", cohortA.id);
  const bEntry = await entry(users.learnerB.id, "B's answer", cohortB.id);
  const lookBack = await db.lookBack.create({
    data: {
      userId: users.learnerA.id,
      reflectionId: sharedEntry,
      day: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      dueAt: new Date(Date.now() - 86_400_000),
    },
    select: { id: true },
  });
  const nudge = await db.nudge.create({
    // Two days old: a nudge over HTTP is then not a repeat within the day (which would ask to confirm).
    data: {
      cohortId: cohortA.id,
      fromUserId: users.facilitatorA.id,
      toUserId: users.learnerA.id,
      message: "Hello A",
      createdAt: new Date(Date.now() - 2 * 86_400_000),
    },
    select: { id: true },
  });
  const notification = await db.notification.create({
    data: {
      userId: users.learnerA.id,
      kind: "nudge",
      key: `nudge:${nudge.id}`,
      text: "A reminder from your facilitator: “Hello A”",
      href: "/dashboard",
      nudgeId: nudge.id,
    },
    select: { id: true },
  });
  const invitationToken = randomBytes(32).toString("base64url");
  const invitedEmail = `invited-${randomUUID().slice(0, 8)}@test.example.org`;
  const invitation = await db.invitation.create({
    data: {
      cohortId: cohortA.id,
      email: invitedEmail,
      tokenHash: invitationTokenHash(invitationToken),
      openKey: `${cohortA.id} ${invitedEmail}`,
      validDays: 14,
      invitedById: users.facilitatorA.id,
      lastSentAt: new Date(),
      expiresAt: new Date(Date.now() + 14 * 86_400_000),
    },
    select: { id: true },
  });
  return {
    invitation: { id: invitation.id, token: invitationToken, email: invitedEmail },
    users,
    cohortA,
    cohortB,
    privateEntry,
    sharedEntry,
    bEntry,
    nudge: nudge.id,
    assignmentA: (await assign(cohortA.id)).id,
    assignmentB: (await assign(cohortB.id)).id,
    phoneSessionA,
    lookBack: lookBack.id,
    notification: notification.id,
  };
}

// What the page answers a browser without JavaScript.
export type PageOutcome = { status: number; location?: RegExp; shows?: string };
export const SIGN_IN_PAGE: PageOutcome = { status: 307, location: /^\/sign-in\?redirectTo=/ };
export const FORBIDDEN_PAGE: PageOutcome = { status: 403, shows: "This page isn’t open to your account" };
export const NOT_FOUND_PAGE: PageOutcome = { status: 404, shows: "We couldn’t find that page" };
export const page = (shows?: string): PageOutcome => ({ status: 200, shows });

// What the action returns to a browser with JavaScript (shown in the form).
export type Said = Record<string, unknown>;
export const error = (message: string): Said => ({ status: "error", message });
export const success = (message: string): Said => ({ status: "success", message });
const SIGN_IN_FIRST = error("Please sign in to do that.");
const NO_PERMISSION = error("You don't have permission to do that.");
const NOT_YOUR_COHORT = error("There is no such cohort among yours.");
const GONE = error("That answer is no longer in your journal. It may have been deleted in another tab.");
const NOT_IN_COHORT =
  "You can share only with a cohort you're in that isn't archived. Nothing was shared: reload the page to see your cohorts.";
const NOT_SHARED_WITH_YOU = "This reflection is not shared with you (it may have just been made private).";

export type Refusal = { page: PageOutcome; says: Said };
const anonymous: Refusal = { page: SIGN_IN_PAGE, says: SIGN_IN_FIRST };
const notTheirRole: Refusal = { page: FORBIDDEN_PAGE, says: NO_PERMISSION };
const notTheirCohort: Refusal = { page: NOT_FOUND_PAGE, says: NOT_YOUR_COHORT };

export type FormCase = {
  kind: "form";
  action: string;
  /** A page where `permitted` finds the form (every persona posts there too). */
  url: (w: World) => string;
  /** Which of the action's forms on the page; by default the only one. */
  pick?: (inputs: Record<string, string>, w: World) => boolean;
  /** The form appears only after a click, so its fields are built from the action's id. */
  notRendered?: true;
  /** What a person types or chooses, besides the form's hidden inputs. */
  fill?: (w: World) => Record<string, string>;
  permitted: Member;
  /** The permitted post's answer to a browser without JavaScript. */
  done: (w: World) => PageOutcome;
  refused: Partial<Record<Persona, Refusal>>;
  /** The same persona again, with some fields or the page changed (their own cohort's id, say). */
  variants?: {
    persona: Member;
    label: string;
    url?: (w: World) => string;
    fields?: (w: World) => Record<string, string>;
    refusal: Refusal;
  }[];
  /** The rows the action would change, before and after the permitted post. */
  state: (db: Db, w: World) => Promise<unknown>;
  before: (w: World) => unknown;
  after: (w: World) => unknown;
};

export type CallCase = {
  kind: "call";
  action: string;
  url: (w: World) => string;
  args: (w: World) => unknown[];
  permitted: Member;
  refused: Partial<Record<Persona, Said>>;
  state: (db: Db, w: World) => Promise<unknown>;
  before: (w: World) => unknown;
  after: (w: World) => unknown;
};

const SIGNED_IN_OTHERS = ["learnerB", "facilitatorA", "facilitatorB", "admin"] as const;
const allOthers = (refusal: Refusal): Partial<Record<Persona, Refusal>> => ({
  anonymous,
  ...Object.fromEntries(SIGNED_IN_OTHERS.map((p) => [p, refusal])),
});

/** The cohorts an answer is shared with. */
const sharedWith = async (db: Db, entryId: string) =>
  (await db.reflectionShare.findMany({ where: { reflectionId: entryId }, select: { cohortId: true } }))
    .map((s) => s.cohortId)
    .sort();
const cohortA = (db: Db, w: World) =>
  db.cohort.findUniqueOrThrow({
    where: { id: w.cohortA.id },
    select: {
      name: true,
      description: true,
      timeZone: true,
      archivedAt: true,
      inviteCode: true,
      facilitators: { select: { user: { select: { name: true } } } },
      members: { select: { user: { select: { name: true } } } },
      assignments: { select: { id: true, moduleSlug: true } },
    },
  });
const names = (rows: { user: { name: string } }[]) => rows.map((r) => r.user.name).sort();
const WRONG_PASSWORD = error("Your current password didn’t match, so nothing was changed.");
/** Where the email change moves A (unique per world: worlds share a database). */
const movedEmail = (w: World) => `moved-${w.users.learnerA.id.slice(0, 8)}@test.example.org`;
async function passwordStillWorks(db: Db, userId: string, password: string): Promise<boolean> {
  const credential = await db.account.findFirst({
    where: { userId, providerId: CREDENTIAL_PROVIDER },
    select: { password: true },
  });
  return credential?.password ? verifyPassword({ hash: credential.password, password }) : false;
}

export const CASES: (FormCase | CallCase)[] = [
  {
    kind: "call",
    action: "visitLesson",
    url: () => LESSON_URL,
    args: () => [{ lessonKey: LESSON_KEY }],
    permitted: "learnerA",
    // Signed-in people record their own visit; A's progress is untouched.
    refused: {
      anonymous: { ok: false, code: "unauthenticated" },
      ...Object.fromEntries(SIGNED_IN_OTHERS.map((p) => [p, { ok: true, completedAt: null }])),
    },
    state: async (db, w) => db.lessonProgress.count({ where: { userId: w.users.learnerA.id, lessonKey: LESSON_KEY } }),
    before: () => 0,
    after: () => 1,
  },
  {
    kind: "call",
    action: "setLessonCompleted",
    url: () => LESSON_URL,
    args: () => [{ lessonKey: LESSON_KEY, completed: true }],
    permitted: "learnerA",
    // As above: each signed-in person completes the lesson for themselves only.
    refused: {
      anonymous: { ok: false, code: "unauthenticated" },
      ...Object.fromEntries(SIGNED_IN_OTHERS.map((p) => [p, { ok: true }])),
    },
    state: async (db, w) =>
      db.lessonProgress.count({
        where: { userId: w.users.learnerA.id, lessonKey: LESSON_KEY, completedAt: { not: null } },
      }),
    before: () => 0,
    after: () => 1,
  },
  {
    kind: "call",
    action: "reachLessonEnd",
    url: () => LESSON_URL,
    args: () => [{ lessonKey: LESSON_KEY }],
    permitted: "learnerA",
    // Each signed-in person reaches the end for themselves only.
    refused: {
      anonymous: { ok: false, code: "unauthenticated" },
      ...Object.fromEntries(SIGNED_IN_OTHERS.map((p) => [p, { ok: true, reachedEnd: true }])),
    },
    state: async (db, w) =>
      db.lessonProgress.count({
        where: { userId: w.users.learnerA.id, lessonKey: LESSON_KEY, reachedEndAt: { not: null } },
      }),
    before: () => 0,
    after: () => 1,
  },
  {
    kind: "call",
    action: "courseProgress",
    url: () => LESSON_URL,
    args: () => [{}],
    permitted: "learnerA",
    // A read of the caller's own progress: nobody else's, and nothing changes.
    refused: {
      anonymous: { ok: false, code: "unauthenticated" },
      ...Object.fromEntries(SIGNED_IN_OTHERS.map((p) => [p, { ok: true, continueWith: null }])),
    },
    state: async (db, w) => db.lessonProgress.count({ where: { userId: w.users.learnerA.id } }),
    before: () => 0,
    after: () => 0,
  },
  {
    kind: "call",
    action: "recordChoice",
    url: () => LESSON_URL,
    // A wrong try at the lesson's knowledge check (option 0 is not its right answer).
    args: () => [
      { lessonKey: LESSON_KEY, itemId: "purpose-of-the-question", choice: { kind: "check", tried: [0], finish: null } },
    ],
    permitted: "learnerA",
    // Each signed-in person keeps their own try; A's choices are untouched.
    refused: {
      anonymous: { ok: false, code: "unauthenticated" },
      ...Object.fromEntries(SIGNED_IN_OTHERS.map((p) => [p, { ok: true }])),
    },
    state: async (db, w) =>
      db.checkChoice.findMany({
        where: { userId: w.users.learnerA.id, lessonKey: LESSON_KEY },
        select: { itemId: true, tried: true, finish: true },
      }),
    before: () => [],
    after: () => [{ itemId: "purpose-of-the-question", tried: "0", finish: null }],
  },
  {
    kind: "form",
    action: "scheduleLookBackAction",
    // The page draws an answer's look-back form when asked to (decision 063).
    url: (w) => `/journal/prompt/${PROMPT_ID}?lookBack=${w.privateEntry}`,
    pick: (inputs, w) => inputs.entryId === w.privateEntry,
    fill: () => ({ when: "2w" }),
    permitted: "learnerA",
    done: () => page("You’ll look back on"),
    // Nobody else can set a look-back at A's answer.
    refused: allOthers({ page: page(), says: GONE }),
    state: async (db, w) => db.lookBack.count({ where: { reflectionId: w.privateEntry } }),
    before: () => 0,
    after: () => 1,
  },
  {
    kind: "form",
    action: "cancelLookBackAction",
    url: (w) => `/journal/prompt/${PROMPT_ID}?lookBack=${w.sharedEntry}`,
    pick: (inputs, w) => inputs.entryId === w.sharedEntry,
    permitted: "learnerA",
    done: () => page("Look-back cancelled."),
    refused: allOthers({ page: page(), says: error("That look-back is no longer in your journal.") }),
    state: async (db, w) => db.lookBack.count({ where: { reflectionId: w.sharedEntry } }),
    before: () => 1,
    after: () => 0,
  },
  {
    kind: "form",
    action: "answerLookBackAction",
    url: (w) => `/journal/look-back/${w.lookBack}`,
    fill: () => ({ body: "A's answer, looking back", changeNote: "Less blame." }),
    permitted: "learnerA",
    // Saved, the page is asked for again and shows then and now.
    done: (w) => ({ status: 303, location: new RegExp(`^/journal/look-back/${w.lookBack}$`) }),
    refused: allOthers({ page: NOT_FOUND_PAGE, says: error("That look-back is no longer in your journal.") }),
    state: async (db, w) =>
      (await db.lookBack.findUniqueOrThrow({ where: { id: w.lookBack }, select: { changeNote: true } })).changeNote,
    before: () => null,
    after: () => "Less blame.",
  },
  {
    kind: "form",
    action: "shareEntryAction",
    // The page draws an answer's sharing confirmation when asked to (decision 063).
    url: (w) => `/journal/prompt/${PROMPT_ID}?share=${w.privateEntry}`,
    pick: (inputs, w) => inputs.entryId === w.privateEntry,
    permitted: "learnerA",
    done: () => page("Shared with Cohort of A. Facilitator A and Co-facilitator C can read it now."),
    // Nobody else can share A's answer, into A's cohort or their own.
    refused: allOthers({ page: page(), says: GONE }),
    variants: [
      {
        persona: "learnerA",
        label: "into a cohort they are not in",
        fields: (w) => ({ cohortId: w.cohortB.id }),
        refusal: { page: page(NOT_IN_COHORT), says: error(NOT_IN_COHORT) },
      },
      {
        persona: "learnerA",
        label: "into a cohort that doesn't exist",
        fields: () => ({ cohortId: "no-such-cohort" }),
        refusal: { page: page(NOT_IN_COHORT), says: error(NOT_IN_COHORT) },
      },
      {
        persona: "learnerB",
        label: "their own answer into A's cohort, which they are not in",
        fields: (w) => ({ entryId: w.bEntry }),
        refusal: { page: page(), says: error(NOT_IN_COHORT) },
      },
      {
        persona: "facilitatorB",
        label: "A's answer into their own cohort",
        fields: (w) => ({ cohortId: w.cohortB.id }),
        refusal: { page: page(), says: GONE },
      },
      {
        persona: "facilitatorA",
        label: "A's answer into the cohort they run",
        refusal: { page: page(), says: GONE },
      },
    ],
    state: async (db, w) => ({ a: await sharedWith(db, w.privateEntry), b: await sharedWith(db, w.bEntry) }),
    before: (w) => ({ a: [], b: [w.cohortB.id] }),
    after: (w) => ({ a: [w.cohortA.id], b: [w.cohortB.id] }),
  },
  {
    kind: "form",
    action: "stopSharingAction",
    url: () => `/journal/prompt/${PROMPT_ID}`,
    pick: (inputs, w) => inputs.entryId === w.sharedEntry,
    permitted: "learnerA",
    done: () => page("No longer shared. Only you can see this answer now."),
    // Nobody else can take A's answer back from A's cohort, not even the cohort's facilitator.
    refused: allOthers({ page: page(), says: GONE }),
    variants: [
      {
        persona: "facilitatorA",
        label: "naming the cohort they run",
        fields: (w) => ({ cohortId: w.cohortA.id }),
        refusal: { page: page(), says: GONE },
      },
    ],
    state: (db, w) => sharedWith(db, w.sharedEntry),
    before: (w) => [w.cohortA.id],
    after: () => [],
  },
  {
    kind: "form",
    action: "deleteAnswerAction",
    url: () => `/journal/prompt/${PROMPT_ID}`,
    pick: (inputs, w) => inputs.entryId === w.privateEntry,
    permitted: "learnerA",
    done: () => ({ status: 303, location: new RegExp(`^/journal/prompt/${PROMPT_ID}\\?deleted=1$`) }),
    refused: allOthers({ page: page(), says: GONE }),
    state: (db, w) => db.reflection.count({ where: { id: w.privateEntry } }),
    before: () => 1,
    after: () => 0,
  },
  {
    kind: "form",
    action: "deleteAllAnswersAction",
    url: () => "/journal/delete",
    fill: () => ({ confirm: "DELETE" }),
    permitted: "learnerA",
    done: () => page("Deleted all 2 of your answers"),
    // Everyone else empties only their own journal.
    refused: {
      anonymous,
      // The plain post empties B's own journal (one answer), so the call that follows finds nothing.
      learnerB: {
        page: page("Deleted your one answer"),
        says: success("There was nothing to delete: your journal was already empty."),
      },
      ...Object.fromEntries(
        (["facilitatorA", "facilitatorB", "admin"] as const).map((p) => [
          p,
          { page: page(), says: success("There was nothing to delete: your journal was already empty.") },
        ]),
      ),
    },
    state: (db, w) => db.reflection.count({ where: { userId: w.users.learnerA.id } }),
    before: () => 2,
    after: () => 0,
  },
  {
    kind: "form",
    action: "deleteAccountAction",
    url: () => "/account/delete",
    fill: (w) => ({ email: w.users.learnerA.email }),
    permitted: "learnerA",
    done: () => ({ status: 303, location: /^\/goodbye$/ }),
    refused: allOthers({
      page: page("That isn't the email address of this account."),
      says: error(
        "That isn't the email address of this account. Type it exactly as shown above. Nothing has been deleted.",
      ),
    }),
    state: (db, w) => db.user.count({ where: { id: w.users.learnerA.id } }),
    before: () => 1,
    after: () => 0,
  },
  {
    kind: "form",
    action: "setTimeZoneAction",
    url: () => "/account",
    fill: () => ({ timeZone: "Europe/Paris" }),
    permitted: "learnerA",
    done: () => page("Saved. Dates are now shown in Europe/Paris time."),
    // Everyone signed in sets their own zone only.
    refused: {
      anonymous,
      ...Object.fromEntries(
        SIGNED_IN_OTHERS.map((p) => [
          p,
          {
            page: page("Saved. Dates are now shown in Europe/Paris time."),
            says: success("Saved. Dates are now shown in Europe/Paris time."),
          },
        ]),
      ),
    },
    state: async (db, w) =>
      (await db.user.findUniqueOrThrow({ where: { id: w.users.learnerA.id }, select: { timeZone: true } })).timeZone,
    before: () => null,
    after: () => "Europe/Paris",
  },
  {
    kind: "form",
    action: "changeNameAction",
    url: () => "/account",
    fill: () => ({ name: "Renamed over HTTP" }),
    permitted: "learnerA",
    done: () => page("Saved. “Renamed over HTTP” is the name people see from now on."),
    // Everyone signed in renames themself only.
    refused: {
      anonymous,
      ...Object.fromEntries(
        SIGNED_IN_OTHERS.map((p) => [
          p,
          {
            page: page("Saved. “Renamed over HTTP” is the name people see from now on."),
            says: success("Saved. “Renamed over HTTP” is the name people see from now on."),
          },
        ]),
      ),
    },
    state: async (db, w) =>
      (await db.user.findUniqueOrThrow({ where: { id: w.users.learnerA.id }, select: { name: true } })).name,
    before: () => "Learner A",
    after: () => "Renamed over HTTP",
  },
  {
    kind: "form",
    action: "changeEmailAction",
    url: () => "/account",
    // The browser tests' servers send no email: the change is made at once.
    fill: (w) => ({ newEmail: movedEmail(w), password: PASSWORD_A }),
    permitted: "learnerA",
    done: (w) => page(`Done. You sign in with ${movedEmail(w)} from now on.`),
    // A's password is no one else's: each is told theirs didn't match.
    refused: allOthers({ page: page("Your current password didn’t match"), says: WRONG_PASSWORD }),
    state: async (db, w) =>
      (await db.user.findUniqueOrThrow({ where: { id: w.users.learnerA.id }, select: { email: true } })).email,
    before: (w) => w.users.learnerA.email,
    after: (w) => movedEmail(w),
  },
  {
    kind: "form",
    action: "changePasswordAction",
    url: () => "/account",
    fill: () => ({ currentPassword: PASSWORD_A, newPassword: "a brand new passphrase sent over http" }),
    permitted: "learnerA",
    // This device gets a new session, so the page is loaded afresh with it.
    done: () => ({ status: 303, location: /^\/account\?updated=password$/ }),
    refused: allOthers({ page: page("Your current password didn’t match"), says: WRONG_PASSWORD }),
    state: async (db, w) => passwordStillWorks(db, w.users.learnerA.id, PASSWORD_A),
    before: () => true,
    after: () => false,
  },
  {
    kind: "form",
    action: "signOutSessionAction",
    url: () => "/account",
    fill: (w) => ({ sessionId: w.phoneSessionA }),
    permitted: "learnerA",
    done: () => page("Signed out: Safari on an iPhone."),
    // Another person's session id is not among theirs: nothing is signed out.
    refused: allOthers({
      page: page("That device is already signed out."),
      says: error("That device is already signed out. The list below is up to date."),
    }),
    state: (db, w) => db.session.count({ where: { id: w.phoneSessionA } }),
    before: () => 1,
    after: () => 0,
  },
  {
    kind: "form",
    action: "signOutOtherSessionsAction",
    url: () => "/account",
    permitted: "learnerA",
    done: () => page("Signed out 1 other device. Only this device is still signed in."),
    // Everyone else signs out only their own other devices (they have none).
    refused: allOthers({
      page: page("You weren’t signed in anywhere else."),
      says: success("You weren’t signed in anywhere else. Only this device is signed in."),
    }),
    state: (db, w) => db.session.count({ where: { userId: w.users.learnerA.id } }),
    // The phone, and the session the test signed A in with.
    before: () => 2,
    after: () => 1,
  },
  {
    kind: "form",
    action: "calendarLinkAction",
    url: () => "/account",
    fill: () => ({ intent: "make" }),
    permitted: "learnerA",
    done: () => page("Your calendar link is ready."),
    // Everyone signed in makes a calendar address for themselves only (posted
    // twice, the second makes them a new one in place of the first).
    refused: {
      anonymous,
      ...Object.fromEntries(
        SIGNED_IN_OTHERS.map((p) => [p, { page: page("Your calendar link is ready."), says: { status: "success" } }]),
      ),
    },
    state: (db, w) => db.calendarFeed.count({ where: { userId: w.users.learnerA.id } }),
    before: () => 0,
    after: () => 1,
  },
  {
    kind: "form",
    action: "joinCohortAction",
    url: (w) => `/join/${w.cohortA.inviteCode}`,
    permitted: "learnerB",
    done: (w) => ({ status: 303, location: new RegExp(`^/dashboard\\?joined=${w.cohortA.id}$`) }),
    // Anyone signed in may join with the cohort's current invite code; nobody without it.
    refused: { anonymous: { page: page("Sign in to join"), says: SIGN_IN_FIRST } },
    variants: [
      {
        persona: "learnerB",
        label: "with a made-up code",
        fields: () => ({ code: "abcdefghjkmnpqrs" }),
        refusal: {
          page: page("Join Cohort of A"),
          says: error(
            "This invite link isn't valid any more. It may have been replaced or turned off: ask your facilitator for the current link.",
          ),
        },
      },
    ],
    state: async (db, w) => names((await cohortA(db, w)).members),
    before: () => ["Learner A"],
    after: () => ["Learner A", "Learner B"],
  },
  {
    kind: "form",
    action: "acceptInvitationAction",
    url: (w) => `/invite/${w.invitation.token}`,
    permitted: "learnerB",
    done: (w) => ({ status: 303, location: new RegExp(`^/dashboard\\?joined=${w.cohortA.id}$`) }),
    // Whoever holds the link may join with it, once; nobody without it.
    refused: { anonymous: { page: page("Sign in to join"), says: SIGN_IN_FIRST } },
    variants: [
      {
        persona: "learnerB",
        label: "with a made-up token",
        fields: () => ({ token: "a".repeat(43) }),
        refusal: {
          page: page("Join Cohort of A"),
          says: error(
            "This invitation link isn't valid any more. It may have been withdrawn: ask your facilitator for a new one.",
          ),
        },
      },
    ],
    state: async (db, w) => ({
      members: names((await cohortA(db, w)).members),
      accepted: (await db.invitation.findUniqueOrThrow({ where: { id: w.invitation.id } })).acceptedById,
    }),
    before: () => ({ members: ["Learner A"], accepted: null }),
    after: (w) => ({ members: ["Learner A", "Learner B"], accepted: w.users.learnerB.id }),
  },
  {
    kind: "form",
    action: "leaveCohortAction",
    url: () => "/dashboard",
    notRendered: true,
    fill: (w) => ({ cohortId: w.cohortA.id }),
    permitted: "learnerA",
    done: () => ({ status: 303, location: /^\/dashboard\?left=Cohort%20of%20A$/ }),
    // A membership is left only by its member; leaving takes A's shares with the cohort.
    refused: allOthers({ page: page(), says: error("You're not a member of that cohort.") }),
    state: async (db, w) => ({
      members: names((await cohortA(db, w)).members),
      shared: await sharedWith(db, w.sharedEntry),
    }),
    before: (w) => ({ members: ["Learner A"], shared: [w.cohortA.id] }),
    after: () => ({ members: [], shared: [] }),
  },
  {
    kind: "form",
    action: "markAllNotificationsReadAction",
    url: () => "/notifications",
    permitted: "learnerA",
    done: () => page("All marked as read."),
    // Everyone signed in marks only their own.
    refused: {
      anonymous,
      ...Object.fromEntries(
        SIGNED_IN_OTHERS.map((p) => [p, { page: page("All marked as read."), says: success("All marked as read.") }]),
      ),
    },
    state: (db, w) => db.notification.count({ where: { userId: w.users.learnerA.id, readAt: null } }),
    before: () => 1,
    after: () => 0,
  },
  {
    kind: "form",
    action: "saveEmailChoicesAction",
    url: () => "/account",
    fill: () => ({ emailed: "reply" }),
    permitted: "learnerA",
    done: () => page("Your email choices are saved."),
    // Everyone signed in chooses for themselves only.
    refused: {
      anonymous,
      ...Object.fromEntries(
        SIGNED_IN_OTHERS.map((p) => [
          p,
          { page: page("Your email choices are saved."), says: success("Your email choices are saved.") },
        ]),
      ),
    },
    state: async (db, w) =>
      // Sorted here: PostgreSQL orders an enum by its declaration, SQLite by its text.
      (await db.emailOptOut.findMany({ where: { userId: w.users.learnerA.id } })).map((row) => row.kind).sort(),
    before: () => [],
    after: () => ["due_soon", "look_back", "nudge"],
  },
  {
    kind: "form",
    action: "dismissNudgeAction",
    url: () => "/dashboard",
    pick: (inputs, w) => inputs.nudgeId === w.nudge,
    permitted: "learnerA",
    done: () => page(),
    refused: allOthers({ page: page(), says: error("That message is no longer on your dashboard.") }),
    state: async (db, w) =>
      (await db.nudge.findUniqueOrThrow({ where: { id: w.nudge }, select: { dismissedAt: true } })).dismissedAt !==
      null,
    before: () => false,
    after: () => true,
  },
  {
    kind: "form",
    action: "createCohortAction",
    url: () => "/facilitator",
    fill: () => ({ name: "Made over HTTP", description: "" }),
    permitted: "facilitatorA",
    done: () => ({ status: 303, location: /^\/facilitator\/cohorts\/[^/?]+\/invitations\?created=1$/ }),
    refused: { anonymous, learnerA: notTheirRole, learnerB: notTheirRole },
    // Counted among facilitator A's own cohorts: other tests in this worker may make cohorts of that name.
    state: (db, w) => db.cohort.count({ where: { name: "Made over HTTP", createdById: w.users.facilitatorA.id } }),
    before: () => 0,
    after: () => 1,
  },
  {
    kind: "form",
    action: "updateCohortAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/settings`,
    fill: () => ({ name: "Renamed over HTTP", description: "Changed", timeZone: "Europe/Paris" }),
    permitted: "facilitatorA",
    done: () => page("Saved. Learners see the new name, description and time zone from now on."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    variants: [
      {
        persona: "facilitatorB",
        label: "from their own cohort's settings page",
        url: (w) => `/facilitator/cohorts/${w.cohortB.id}/settings`,
        refusal: { page: page("There is no such cohort among yours."), says: NOT_YOUR_COHORT },
      },
    ],
    state: async (db, w) => {
      const { name, description, timeZone } = await cohortA(db, w);
      return { name, description, timeZone };
    },
    before: () => ({ name: "Cohort of A", description: "", timeZone: "UTC" }),
    after: () => ({ name: "Renamed over HTTP", description: "Changed", timeZone: "Europe/Paris" }),
  },
  {
    kind: "form",
    action: "archiveCohortAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/settings`,
    pick: (inputs) => inputs.archived === "true",
    fill: () => ({ confirm: "yes" }),
    permitted: "facilitatorA",
    done: () => page("The cohort is archived."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    state: async (db, w) => (await cohortA(db, w)).archivedAt !== null,
    before: () => false,
    after: () => true,
  },
  {
    kind: "form",
    action: "addCoFacilitatorAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/settings`,
    // Facilitator B tries to make themselves a facilitator of A's cohort.
    fill: (w) => ({ email: w.users.facilitatorB.email }),
    permitted: "facilitatorA",
    done: () => page("Facilitator B now facilitates this cohort with you."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    state: async (db, w) => names((await cohortA(db, w)).facilitators),
    before: () => ["Co-facilitator C", "Facilitator A"],
    after: () => ["Co-facilitator C", "Facilitator A", "Facilitator B"],
  },
  {
    kind: "form",
    action: "removeCoFacilitatorAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/settings`,
    pick: (inputs, w) => inputs.userId === w.users.coFacilitator.id,
    permitted: "facilitatorA",
    done: () => page("Removed. They no longer see this cohort."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    variants: [
      {
        // Removes nobody: the pair is not in B's cohort.
        persona: "facilitatorB",
        label: "naming their own cohort",
        fields: (w) => ({ cohortId: w.cohortB.id }),
        refusal: {
          page: NOT_FOUND_PAGE,
          says: error("That person doesn't facilitate this cohort (they may have been removed already)."),
        },
      },
    ],
    state: async (db, w) => names((await cohortA(db, w)).facilitators),
    before: () => ["Co-facilitator C", "Facilitator A"],
    after: () => ["Facilitator A"],
  },
  {
    kind: "form",
    action: "setInviteLinkAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/invitations`,
    pick: (inputs) => inputs.state === "off",
    permitted: "facilitatorA",
    done: () => page("The invite link is off."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    state: async (db, w) => {
      const { inviteCode } = await cohortA(db, w);
      return inviteCode === w.cohortA.inviteCode ? "the same link" : inviteCode === null ? "off" : "a new link";
    },
    before: () => "the same link",
    after: () => "off",
  },
  {
    kind: "form",
    action: "inviteByEmailAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/invitations`,
    fill: (w) => ({ addresses: `New Person <new-${w.invitation.id}@test.example.org>`, days: "7" }),
    permitted: "facilitatorA",
    // The worker's server sends no email: the link is shown to copy.
    done: () => page("1 invitation made: copy each link below"),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    state: async (db, w) =>
      (await db.invitation.findMany({ where: { cohortId: w.cohortA.id }, select: { email: true } }))
        .map((i) => i.email)
        .sort(),
    before: (w) => [w.invitation.email],
    after: (w) => [`new-${w.invitation.id}@test.example.org`, w.invitation.email].sort(),
  },
  {
    kind: "form",
    action: "resendInvitationAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/invitations`,
    pick: (inputs, w) => inputs.invitationId === w.invitation.id,
    permitted: "facilitatorA",
    done: (w) => page(`A new link for ${w.invitation.email} is ready`),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    variants: [
      {
        // Nothing: A's invitation is not in B's cohort.
        persona: "facilitatorB",
        label: "naming their own cohort",
        fields: (w) => ({ cohortId: w.cohortB.id }),
        refusal: {
          page: NOT_FOUND_PAGE,
          says: error("That invitation is no longer open (it may have been accepted or withdrawn already)."),
        },
      },
    ],
    state: async (db, w) => {
      const { tokenHash } = await db.invitation.findUniqueOrThrow({ where: { id: w.invitation.id } });
      return tokenHash === invitationTokenHash(w.invitation.token) ? "the same link" : "a new link";
    },
    before: () => "the same link",
    after: () => "a new link",
  },
  {
    kind: "form",
    action: "revokeInvitationAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/invitations`,
    pick: (inputs, w) => inputs.invitationId === w.invitation.id,
    permitted: "facilitatorA",
    done: () => page("No personal invitations are waiting."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    variants: [
      {
        persona: "facilitatorB",
        label: "naming their own cohort",
        fields: (w) => ({ cohortId: w.cohortB.id }),
        refusal: {
          page: NOT_FOUND_PAGE,
          says: error("That invitation is no longer open (it may have been accepted or withdrawn already)."),
        },
      },
    ],
    state: async (db, w) =>
      (await db.invitation.findUniqueOrThrow({ where: { id: w.invitation.id } })).revokedAt ? "revoked" : "open",
    before: () => "open",
    after: () => "revoked",
  },
  {
    kind: "form",
    action: "assignModuleAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/assignments`,
    fill: () => ({ moduleSlug: MODULE_2!, dueKind: "days", dueDays: "7" }),
    permitted: "facilitatorA",
    done: () => page("is assigned."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    state: async (db, w) => (await cohortA(db, w)).assignments.map((a) => a.moduleSlug).sort(),
    before: () => [MODULE_1],
    after: () => [MODULE_1, MODULE_2].sort(),
  },
  {
    kind: "form",
    action: "removeAssignmentAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/assignments`,
    pick: (inputs, w) => inputs.assignmentId === w.assignmentA,
    permitted: "facilitatorA",
    done: () => page("Removed. Learners no longer see it as assigned."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    variants: [
      {
        // Removes nothing: A's assignment is not in B's cohort.
        persona: "facilitatorB",
        label: "naming their own cohort",
        fields: (w) => ({ cohortId: w.cohortB.id }),
        refusal: {
          page: NOT_FOUND_PAGE,
          says: error("That assignment is not in this cohort (it may have been removed already)."),
        },
      },
    ],
    state: async (db, w) => (await cohortA(db, w)).assignments.map((a) => a.id),
    before: (w) => [w.assignmentA],
    after: () => [],
  },
  {
    kind: "form",
    action: "sendNudgeAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/nudges`,
    fill: (w) => ({ learnerIds: w.users.learnerA.id, message: "A nudge sent over HTTP" }),
    permitted: "facilitatorA",
    done: () => page("Nudge sent to 1 learner."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: notTheirCohort,
      admin: notTheirCohort,
    },
    variants: [
      {
        persona: "facilitatorB",
        label: "naming their own cohort",
        fields: (w) => ({ cohortId: w.cohortB.id }),
        refusal: { page: NOT_FOUND_PAGE, says: error("Choose at least one learner of this cohort.") },
      },
    ],
    state: (db, w) => db.nudge.count({ where: { toUserId: w.users.learnerA.id } }),
    before: () => 1,
    after: () => 2,
  },
  {
    kind: "form",
    action: "replyAction",
    url: (w) => `/facilitator/cohorts/${w.cohortA.id}/reflections`,
    pick: (inputs, w) => inputs.reflectionId === w.sharedEntry,
    fill: () => ({ body: "A reply sent over HTTP" }),
    permitted: "facilitatorA",
    done: () => page("Reply sent."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorB: { page: NOT_FOUND_PAGE, says: error(NOT_SHARED_WITH_YOU) },
      admin: { page: NOT_FOUND_PAGE, says: error(NOT_SHARED_WITH_YOU) },
    },
    variants: [
      {
        persona: "facilitatorA",
        label: "to A's private answer",
        fields: (w) => ({ reflectionId: w.privateEntry }),
        refusal: { page: page(), says: error(NOT_SHARED_WITH_YOU) },
      },
      {
        persona: "facilitatorA",
        label: "to B's answer, shared with another cohort",
        fields: (w) => ({ reflectionId: w.bEntry }),
        refusal: { page: page(), says: error(NOT_SHARED_WITH_YOU) },
      },
      {
        persona: "facilitatorB",
        label: "naming their own cohort, from its page",
        url: (w) => `/facilitator/cohorts/${w.cohortB.id}/reflections`,
        fields: (w) => ({ cohortId: w.cohortB.id }),
        refusal: { page: page(), says: error(NOT_SHARED_WITH_YOU) },
      },
    ],
    state: async (db, w) =>
      (
        await db.reflectionReply.findMany({
          where: { reflection: { userId: { in: [w.users.learnerA.id, w.users.learnerB.id] } } },
          select: { cohortId: true },
        })
      ).map((r) => r.cohortId),
    before: () => [],
    after: (w) => [w.cohortA.id],
  },
  {
    kind: "form",
    action: "changeRoleAction",
    // Found by email: the admin page lists 25 accounts a page, newest first.
    url: (w) => `/admin?q=${encodeURIComponent(w.users.learnerA.email)}`,
    pick: (inputs, w) => inputs.userId === w.users.learnerA.id,
    fill: () => ({ role: "facilitator" }),
    permitted: "admin",
    done: () => page("Learner A is now a facilitator."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorA: notTheirRole,
      facilitatorB: notTheirRole,
    },
    state: async (db, w) =>
      (await db.user.findUniqueOrThrow({ where: { id: w.users.learnerA.id }, select: { role: true } })).role,
    before: () => "learner",
    after: () => "facilitator",
  },
  {
    kind: "form",
    action: "setDisabledAction",
    // Found by email: the admin page lists 25 accounts a page, newest first.
    url: (w) => `/admin?q=${encodeURIComponent(w.users.learnerA.email)}`,
    pick: (inputs, w) => inputs.userId === w.users.learnerA.id,
    permitted: "admin",
    done: () => page("Learner A is disabled and signed out everywhere."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorA: notTheirRole,
      facilitatorB: notTheirRole,
    },
    state: async (db, w) =>
      (await db.user.findUniqueOrThrow({ where: { id: w.users.learnerA.id }, select: { disabledAt: true } }))
        .disabledAt !== null,
    before: () => false,
    after: () => true,
  },
  {
    kind: "form",
    action: "makeResetLinkAction",
    // Found by email: the admin page lists 25 accounts a page, newest first.
    url: (w) => `/admin?q=${encodeURIComponent(w.users.learnerA.email)}`,
    pick: (inputs, w) => inputs.userId === w.users.learnerA.id,
    permitted: "admin",
    done: () => page("A one-time link for Learner A to choose a new password."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorA: notTheirRole,
      facilitatorB: notTheirRole,
    },
    state: (db, w) =>
      db.verification.count({ where: { value: w.users.learnerA.id, identifier: { startsWith: "reset-password:" } } }),
    before: () => 0,
    after: () => 1,
  },
  {
    kind: "form",
    action: "sendTestEmailAction",
    url: () => "/admin",
    // The button shows only when email is set up; the worker's server has none.
    notRendered: true,
    permitted: "admin",
    done: () => page("Email isn’t set up on this instance."),
    refused: {
      anonymous,
      learnerA: notTheirRole,
      learnerB: notTheirRole,
      facilitatorA: notTheirRole,
      facilitatorB: notTheirRole,
    },
    // Nothing is stored: the admin's own account stays as it was.
    state: async (db, w) => (await db.user.findUniqueOrThrow({ where: { id: w.users.admin.id } })).email,
    before: (w) => w.users.admin.email,
    after: (w) => w.users.admin.email,
  },
];

export type Personas = Record<Persona, { context: BrowserContext; request: APIRequestContext }>;

export async function signInPersonas(browser: Browser, baseURL: string, db: Db, w: World): Promise<Personas> {
  const out = {} as Personas;
  for (const persona of PERSONAS) {
    const context = await browser.newContext({ baseURL });
    if (persona !== "anonymous") await signInAs(context, baseURL, db, w.users[persona]);
    out[persona] = { context, request: context.request };
  }
  return out;
}
