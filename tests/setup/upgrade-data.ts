// The rows the upgrade test (scripts/db/upgrades.test.ts) writes into a
// database built at each migration, and what each migration does to rows
// already there. One step per migration, named by its folder without the
// timestamp:
//
// - `add`: rows the app writes from that migration on, in the tables as they
//   stand after it. A migration that creates a table adds its first rows here.
// - `upgrade`: the data as it reads after the migration, given the data
//   before. A column added, renamed, moved or dropped is said here, in plain
//   code a reader can check against the migration's SQL. Left out: the
//   migration changes no existing row.
//
// The test fails, naming what to write, when a migration creates a table or a
// column that has no value here. Every column needs a non-null value in at
// least one row, so that losing it shows. Dates are written as Date objects.
// See docs/decisions/041-upgrade-tests-and-newer-databases.md.

export type Value = string | number | boolean | Date | null;
export type Row = Record<string, Value>;
/** Table name → its rows. Tables come parents first: rows are inserted in this order. */
export type Dataset = Record<string, Row[]>;

export type UpgradeStep = {
  add?: Dataset;
  upgrade?: (before: Dataset) => Dataset;
};

const at = (iso: string) => new Date(iso);
const rows = (data: Dataset, table: string): Row[] => data[table] ?? [];

/** Adds a column to every row of a table, with the value the migration gives old rows. */
function withColumn(data: Dataset, table: string, column: string, value: (row: Row) => Value): Dataset {
  return { ...data, [table]: rows(data, table).map((row) => ({ ...row, [column]: value(row) })) };
}

function withoutColumn(data: Dataset, table: string, column: string): Dataset {
  return {
    ...data,
    [table]: rows(data, table).map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== column))),
  };
}

const ms = (value: Value | undefined): number => (value instanceof Date ? value.getTime() : Number.NaN);

export const UPGRADE_STEPS: Record<string, UpgradeStep> = {
  init: {
    add: {
      User: [
        user("mei", "Mei Chen", "learner", { emailVerified: true, image: "https://example.org/avatars/mei.png" }),
        user("leo", "Leo Martins", "learner"),
        user("priya", "Priya Raman", "facilitator", { emailVerified: true }),
        user("sam", "Sam Okafor", "admin", { emailVerified: true }),
        user("gus", "Gus Former", "learner", { disabledAt: at("2026-10-01T09:00:00.000Z") }),
      ],
      Session: [
        {
          id: "session-mei",
          token: "tok_9f2c1e7a",
          expiresAt: at("2026-12-07T10:00:00.000Z"),
          ipAddress: "203.0.113.7",
          userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
          createdAt: at("2026-11-30T10:00:00.000Z"),
          updatedAt: at("2026-11-30T10:05:00.000Z"),
          userId: "mei",
        },
      ],
      Account: [
        {
          id: "account-mei",
          accountId: "mei",
          providerId: "credential",
          userId: "mei",
          accessToken: null,
          refreshToken: null,
          idToken: null,
          accessTokenExpiresAt: null,
          refreshTokenExpiresAt: null,
          scope: null,
          password: "scrypt$16384$8$1$c2FsdA$aGFzaA",
          createdAt: at("2026-09-01T08:00:00.000Z"),
          updatedAt: at("2026-09-01T08:00:00.000Z"),
        },
        {
          id: "account-priya",
          accountId: "priya-at-provider",
          providerId: "example-sso",
          userId: "priya",
          accessToken: "access-123",
          refreshToken: "refresh-456",
          idToken: "id-789",
          accessTokenExpiresAt: at("2026-11-30T11:00:00.000Z"),
          refreshTokenExpiresAt: at("2027-05-30T11:00:00.000Z"),
          scope: "openid email profile",
          password: null,
          createdAt: at("2026-09-02T08:00:00.000Z"),
          updatedAt: at("2026-11-30T10:00:00.000Z"),
        },
      ],
      Verification: [
        {
          id: "verification-1",
          identifier: "reset-password:4b1d0c",
          value: "leo",
          expiresAt: at("2026-11-30T11:00:00.000Z"),
          createdAt: at("2026-11-30T10:00:00.000Z"),
          updatedAt: at("2026-11-30T10:00:00.000Z"),
        },
      ],
      RateLimit: [{ key: "sign-in:203.0.113.7", count: 3, windowStart: at("2026-11-30T10:00:00.000Z") }],
    },
  },

  lesson_progress: {
    add: {
      LessonProgress: [
        {
          id: "progress-mei-1",
          userId: "mei",
          lessonKey: "trust-is-fragile/what-trust-is-made-of",
          firstVisitedAt: at("2026-10-02T08:00:00.000Z"),
          lastVisitedAt: at("2026-10-03T08:00:00.000Z"),
          completedAt: at("2026-10-03T08:10:00.000Z"),
        },
        {
          id: "progress-leo-1",
          userId: "leo",
          lessonKey: "check-yourself-first/whats-your-part",
          firstVisitedAt: at("2026-10-04T08:00:00.000Z"),
          lastVisitedAt: at("2026-10-04T08:00:00.000Z"),
          completedAt: null,
        },
      ],
    },
  },

  reflections: {
    add: {
      Reflection: [
        // Shared with the cohorts of its author (before per-cohort sharing).
        reflection("mei-part", "mei", "My part was the missed handover — twice.", 2, at("2026-10-05T09:00:00.123Z")),
        reflection("mei-private", "mei", "Nobody needs to read this one.", 1, null),
        reflection("leo-part", "leo", "I stopped answering Ana's messages.", 1, at("2026-10-06T09:00:00.000Z")),
        // Shared while its author was in no cohort: readable by no one, so it becomes private.
        reflection("gus-part", "gus", "I said it in front of everyone.", 1, at("2026-10-07T09:00:00.000Z")),
      ],
      ReflectionRevision: [
        {
          id: "revision-mei-1",
          reflectionId: "mei-part",
          version: 1,
          body: "My part was the missed handover.",
          savedAt: at("2026-10-05T08:00:00.000Z"),
        },
      ],
    },
  },

  cohorts: {
    add: {
      Cohort: [
        cohort("support", "Support team", { inviteCode: "JOIN-SUPPORT-7Q", createdById: "priya" }),
        cohort("old", "Spring workshop", { archivedAt: at("2026-06-01T00:00:00.000Z") }),
      ],
      CohortFacilitator: [
        { cohortId: "support", userId: "priya", addedAt: at("2026-03-01T00:00:00.000Z") },
        { cohortId: "old", userId: "priya", addedAt: at("2026-02-01T00:00:00.000Z") },
        { cohortId: "support", userId: "sam", addedAt: at("2026-05-01T00:00:00.000Z") },
      ],
      CohortMember: [
        { cohortId: "support", userId: "mei", joinedAt: at("2026-03-02T00:00:00.000Z") },
        { cohortId: "old", userId: "mei", joinedAt: at("2026-02-02T00:00:00.000Z") },
        { cohortId: "support", userId: "leo", joinedAt: at("2026-03-03T00:00:00.000Z") },
      ],
      Assignment: [
        // A fixed due date was stored as 23:59:59.999 UTC of the day chosen.
        assignmentAt("assignment-fixed", "support", "trust-is-fragile", at("2026-12-04T23:59:59.999Z"), null),
        assignmentAt("assignment-relative", "support", "check-yourself-first", null, 7),
      ],
      ReflectionReply: [
        reply("reply-priya", "mei-part", "priya", at("2026-10-08T10:00:00.000Z")),
        reply("reply-sam", "leo-part", "sam", null),
        // Gus's cohort is gone: no cohort can be found for a reply to him.
        reply("reply-sam-gus", "gus-part", "sam", null),
      ],
      Nudge: [
        {
          id: "nudge-priya-leo",
          cohortId: "support",
          fromUserId: "priya",
          toUserId: "leo",
          message: "Module 1 is due Friday. Ten quiet minutes is enough.",
          createdAt: at("2026-11-20T09:00:00.000Z"),
          dismissedAt: at("2026-11-21T09:00:00.000Z"),
          emailedAt: at("2026-11-20T09:01:00.000Z"),
          reminderKey: null,
        },
        {
          id: "nudge-due-soon",
          cohortId: "support",
          fromUserId: null,
          toUserId: "leo",
          message: "Trust is fragile is due on Friday, December 4.",
          createdAt: at("2026-12-02T09:00:00.000Z"),
          dismissedAt: null,
          emailedAt: null,
          reminderKey: "due-soon:assignment-fixed:leo:2026-12-04",
        },
      ],
    },
  },

  time_zones: {
    upgrade(before) {
      let data = withColumn(before, "User", "timeZone", () => null);
      data = withColumn(data, "Cohort", "timeZone", () => "UTC");
      // The moment 23:59:59.999 UTC becomes its calendar day.
      data = withColumn(data, "Assignment", "dueDate", (row) =>
        row.dueAt instanceof Date ? row.dueAt.toISOString().slice(0, 10) : null,
      );
      return withoutColumn(data, "Assignment", "dueAt");
    },
    add: {
      User: [user("ana", "Ana Lone", "learner", { timeZone: "Europe/Berlin" })],
      Cohort: [cohort("berlin", "Berlin leads", { timeZone: "Europe/Berlin", createdById: "sam" })],
      CohortFacilitator: [{ cohortId: "berlin", userId: "priya", addedAt: at("2026-11-26T00:00:00.000Z") }],
      CohortMember: [{ cohortId: "berlin", userId: "ana", joinedAt: at("2026-11-26T08:00:00.000Z") }],
      Assignment: [
        {
          id: "assignment-berlin",
          cohortId: "berlin",
          moduleSlug: "own-your-part",
          dueDate: "2027-01-15",
          dueDaysAfterJoin: null,
          createdAt: at("2026-11-26T08:00:00.000Z"),
        },
      ],
    },
  },

  per_cohort_sharing: {
    upgrade(before) {
      const members = rows(before, "CohortMember");
      const reflections = rows(before, "Reflection");
      // A shared entry becomes one share per cohort its author is a member of.
      const shares: Row[] = reflections.flatMap((entry) =>
        (entry.sharedAt ?? null) === null
          ? []
          : members
              .filter((member) => member.userId === entry.userId)
              .map((member) => ({
                reflectionId: entry.id ?? null,
                cohortId: member.cohortId ?? null,
                sharedAt: entry.sharedAt ?? null,
              })),
      );
      // A reply gets the cohort its author facilitates and the entry's author
      // is in, the earliest the replier began facilitating; none: null.
      const replyCohort = (reply: Row): Value => {
        const entryAuthor = reflections.find((entry) => entry.id === reply.reflectionId)?.userId;
        const found = rows(before, "CohortFacilitator")
          .filter((f) => f.userId === reply.authorId)
          .filter((f) => members.some((m) => m.cohortId === f.cohortId && m.userId === entryAuthor))
          .sort((a, b) => ms(a.addedAt) - ms(b.addedAt) || String(a.cohortId).localeCompare(String(b.cohortId)));
        return found[0]?.cohortId ?? null;
      };
      const data = withColumn(before, "ReflectionReply", "cohortId", replyCohort);
      return { ...withoutColumn(data, "Reflection", "sharedAt"), ReflectionShare: shares };
    },
    add: {
      Reflection: [
        {
          id: "ana-plan",
          userId: "ana",
          promptId: "plan-whats-your-part",
          lessonKey: "your-turn/build-your-repair-plan",
          promptText: "In this relationship, what's your part?",
          body: "Ich habe zu schnell geurteilt. I judged too fast.",
          version: 1,
          createdAt: at("2026-11-29T19:00:00.000Z"),
          updatedAt: at("2026-11-29T19:00:00.000Z"),
        },
      ],
      ReflectionShare: [{ reflectionId: "ana-plan", cohortId: "berlin", sharedAt: at("2026-11-29T19:05:00.000Z") }],
      ReflectionReply: [
        {
          id: "reply-priya-ana",
          reflectionId: "ana-plan",
          authorId: "priya",
          cohortId: "berlin",
          body: "That is a brave first line. What would you say to them first?",
          createdAt: at("2026-11-29T20:00:00.000Z"),
          readAt: null,
        },
      ],
    },
  },

  sign_in_guards: {
    add: {
      SignInGuard: [
        {
          key: "account-address:8c1f",
          accountKey: "account:2b7e",
          failures: 2,
          lastFailureAt: at("2026-11-29T21:00:00.000Z"),
          nextAttemptAt: at("2026-11-29T21:00:04.000Z"),
          lastSuccessAt: at("2026-11-28T08:00:00.000Z"),
        },
      ],
    },
  },

  lesson_reached_end: {
    upgrade: (before) => withColumn(before, "LessonProgress", "reachedEndAt", () => null),
    add: {
      LessonProgress: [
        {
          id: "progress-ana-1",
          userId: "ana",
          lessonKey: "your-turn/build-your-repair-plan",
          firstVisitedAt: at("2026-11-29T18:30:00.000Z"),
          lastVisitedAt: at("2026-11-29T19:10:00.000Z"),
          reachedEndAt: at("2026-11-29T19:09:00.000Z"),
          completedAt: at("2026-11-29T19:09:00.000Z"),
        },
      ],
    },
  },

  look_backs: {
    add: {
      Reflection: [
        {
          id: "mei-part-again",
          userId: "mei",
          promptId: "whats-your-part",
          lessonKey: "check-yourself-first/whats-your-part",
          promptText: "What's your part?",
          body: "I still miss handovers, but I say so now.",
          version: 1,
          createdAt: at("2026-11-30T07:00:00.000Z"),
          updatedAt: at("2026-11-30T07:00:00.000Z"),
        },
      ],
      LookBack: [
        {
          id: "lookback-mei",
          userId: "mei",
          reflectionId: "mei-part",
          day: "2026-11-30",
          dueAt: at("2026-11-30T00:00:00.000Z"),
          createdAt: at("2026-11-01T09:00:00.000Z"),
          emailedAt: at("2026-11-30T06:00:00.000Z"),
          answerId: "mei-part-again",
          changeNote: "I name it before anyone else has to.",
          doneAt: at("2026-11-30T07:01:00.000Z"),
        },
      ],
    },
  },

  notifications: {
    add: {
      Notification: [
        notification("note-reply", "mei", "reply", "reply:reply-priya", { replyId: "reply-priya", readAt: true }),
        notification("note-nudge", "leo", "nudge", "nudge:nudge-priya-leo", {
          nudgeId: "nudge-priya-leo",
          emailedAt: true,
        }),
        notification("note-lookback", "mei", "look_back", "look-back:lookback-mei", { lookBackId: "lookback-mei" }),
        notification("note-shared", "priya", "shared", "shared:ana-plan:berlin:priya", {
          shareReflectionId: "ana-plan",
          shareCohortId: "berlin",
        }),
        notification("note-due", "leo", "due_soon", "due-soon:assignment-fixed:leo:2026-12-04", {}),
      ],
      EmailOptOut: [{ userId: "leo", kind: "due_soon" }],
    },
  },

  check_choices: {
    add: {
      CheckChoice: [
        {
          id: "choice-check",
          userId: "mei",
          lessonKey: "trust-is-fragile/how-trust-breaks",
          itemId: "broken-promise",
          kind: "check",
          tried: "2,0",
          finish: "found",
          chosen: null,
          createdAt: at("2026-11-30T05:00:00.000Z"),
          updatedAt: at("2026-11-30T05:01:00.000Z"),
        },
        {
          id: "choice-scenario",
          userId: "mei",
          lessonKey: "own-your-part/own-it-and-make-it-right",
          itemId: "the-late-report",
          kind: "scenario",
          tried: "",
          finish: null,
          chosen: 1,
          createdAt: at("2026-11-30T05:10:00.000Z"),
          updatedAt: at("2026-11-30T05:10:00.000Z"),
        },
      ],
    },
  },

  calendar_feeds: {
    add: {
      CalendarFeed: [
        {
          id: "feed-mei",
          userId: "mei",
          tokenHash: "q3Jm0Xk1Vb2Yw4Zp6Rt8Uc9Ae5Df7Gh",
          createdAt: at("2026-11-30T08:10:00.000Z"),
        },
      ],
    },
  },

  invitations: {
    add: {
      Invitation: [
        invitation("invite-accepted", "leo@example.org", {
          acceptedAt: at("2026-11-30T09:00:00.000Z"),
          acceptedById: "leo",
        }),
        invitation("invite-open", "new.person@example.org", { openKey: "support new.person@example.org" }),
        invitation("invite-revoked", "wrong@example.org", { revokedAt: at("2026-11-30T08:30:00.000Z") }),
      ],
    },
  },

  nudge_read: {
    upgrade: (before) => withColumn(before, "Nudge", "readAt", () => null),
    add: {
      Nudge: [
        {
          id: "nudge-read",
          cohortId: "berlin",
          fromUserId: "priya",
          toUserId: "ana",
          message: "Your plan is a good start. Bring it on Thursday?",
          createdAt: at("2026-11-30T08:20:00.000Z"),
          dismissedAt: null,
          readAt: at("2026-11-30T08:40:00.000Z"),
          emailedAt: null,
          reminderKey: null,
        },
      ],
    },
  },

  backups_and_instances: {
    add: {
      BackupRun: [
        {
          id: "backup-ok",
          trigger: "scheduled",
          provider: "sqlite",
          startedAt: at("2026-11-30T02:00:00.000Z"),
          finishedAt: at("2026-11-30T02:00:03.000Z"),
          file: "itt-sqlite-20261130T020000Z.db",
          sizeBytes: 1843200,
          ok: true,
          error: null,
        },
        {
          id: "backup-failed",
          trigger: "manual",
          provider: "sqlite",
          startedAt: at("2026-11-29T02:00:00.000Z"),
          finishedAt: at("2026-11-29T02:00:01.000Z"),
          file: null,
          sizeBytes: null,
          ok: false,
          error: "No space left on the backup disk.",
        },
      ],
      JobClaim: [
        {
          job: "backup",
          slot: "2026-11-30T00:00:00.000Z",
          claimedBy: "instance-a",
          claimedAt: at("2026-11-30T02:00:00.000Z"),
        },
      ],
      InstanceHeartbeat: [
        {
          id: "instance-a",
          host: "app-1.internal",
          pid: 4242,
          startedAt: at("2026-11-30T01:00:00.000Z"),
          seenAt: at("2026-11-30T02:10:00.000Z"),
        },
      ],
    },
  },
};

// Row makers for the tables with many rows, in their shape at the migration
// that created them (later steps add the columns that came after).

function user(id: string, name: string, role: string, extra: Row = {}): Row {
  return {
    id,
    name,
    email: `${id}@example.org`,
    emailVerified: false,
    image: null,
    role,
    disabledAt: null,
    createdAt: at("2026-09-01T08:00:00.000Z"),
    updatedAt: at("2026-09-01T08:00:00.000Z"),
    ...extra,
  };
}

function reflection(id: string, userId: string, body: string, version: number, sharedAt: Date | null): Row {
  return {
    id,
    userId,
    promptId: "whats-your-part",
    lessonKey: "check-yourself-first/whats-your-part",
    promptText: "What's your part?",
    body,
    version,
    sharedAt,
    createdAt: at("2026-10-05T08:00:00.000Z"),
    updatedAt: at("2026-10-05T09:00:00.000Z"),
  };
}

function cohort(id: string, name: string, extra: Row = {}): Row {
  return {
    id,
    name,
    description: `${name}: one module a week, together.`,
    inviteCode: null,
    archivedAt: null,
    createdById: null,
    createdAt: at("2026-02-01T00:00:00.000Z"),
    updatedAt: at("2026-02-01T00:00:00.000Z"),
    ...extra,
  };
}

function assignmentAt(id: string, cohortId: string, moduleSlug: string, dueAt: Date | null, days: number | null): Row {
  return { id, cohortId, moduleSlug, dueAt, dueDaysAfterJoin: days, createdAt: at("2026-03-01T00:00:00.000Z") };
}

function reply(id: string, reflectionId: string, authorId: string, readAt: Date | null): Row {
  return {
    id,
    reflectionId,
    authorId,
    body: `Thank you for writing this (${id}).`,
    createdAt: at("2026-10-08T09:00:00.000Z"),
    readAt,
  };
}

type NotificationLinks = {
  replyId?: string;
  nudgeId?: string;
  lookBackId?: string;
  shareReflectionId?: string;
  shareCohortId?: string;
  readAt?: boolean;
  emailedAt?: boolean;
};

function notification(id: string, userId: string, kind: string, key: string, links: NotificationLinks): Row {
  return {
    id,
    userId,
    kind,
    key,
    text: `Something new (${kind})`,
    href: "/dashboard",
    createdAt: at("2026-11-30T09:00:00.000Z"),
    readAt: links.readAt ? at("2026-11-30T09:30:00.000Z") : null,
    emailedAt: links.emailedAt ? at("2026-11-30T09:01:00.000Z") : null,
    replyId: links.replyId ?? null,
    nudgeId: links.nudgeId ?? null,
    lookBackId: links.lookBackId ?? null,
    shareReflectionId: links.shareReflectionId ?? null,
    shareCohortId: links.shareCohortId ?? null,
  };
}

function invitation(id: string, email: string, extra: Row): Row {
  return {
    id,
    cohortId: "support",
    email,
    tokenHash: `hash-of-${id}`,
    openKey: null,
    validDays: 14,
    invitedById: "priya",
    createdAt: at("2026-11-30T08:00:00.000Z"),
    expiresAt: at("2026-12-14T08:00:00.000Z"),
    lastSentAt: at("2026-11-30T08:00:00.000Z"),
    acceptedAt: null,
    acceptedById: null,
    revokedAt: null,
    ...extra,
  };
}
