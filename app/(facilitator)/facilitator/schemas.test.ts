import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { formatDate } from "@/lib/time/format";
import { dueRuleText } from "./_lib/format";
import {
  AssignModuleSchema,
  SetInviteLinkSchema,
  NUDGE_MAX_CHARS,
  SendNudgeSchema,
  RemoveAssignmentSchema,
} from "./cohorts/[cohortId]/schemas";
import { REPLY_MAX_CHARS, ReplyToReflectionSchema } from "./cohorts/[cohortId]/reflections/schemas";
import {
  AddCoFacilitatorSchema,
  ArchiveCohortSchema,
  RemoveCoFacilitatorSchema,
  UpdateCohortSchema,
} from "./cohorts/[cohortId]/settings/schemas";
import {
  CohortDetailsSchema,
  CohortIdFieldSchema,
  COHORT_DESCRIPTION_MAX_CHARS,
  COHORT_NAME_MAX_CHARS,
  CreateCohortSchema,
} from "./schemas";

/** Every field's messages, as the form wrapper groups them. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}

const MISSING_ID = "Something went wrong: the form didn't say which cohort. Reload the page and try again.";

// A fixed "now" so that dates in the past and the future stay so.
const NOW = new Date("2026-11-25T10:00:00Z");
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("CreateCohortSchema and UpdateCohortSchema", () => {
  it("accepts a name with an optional description, trimmed", () => {
    expect(CreateCohortSchema.parse({ name: "  Support team  " })).toEqual({ name: "Support team", description: "" });
    expect(CreateCohortSchema.parse({ name: "Support team", description: " For the spring. " })).toEqual({
      name: "Support team",
      description: "For the spring.",
    });
    expect(UpdateCohortSchema.parse({ cohortId: "c1", name: "A", description: "" })).toEqual({
      cohortId: "c1",
      name: "A",
      description: "",
    });
  });

  it("takes a time zone from the list, or none (keep the cohort's)", () => {
    expect(CreateCohortSchema.parse({ name: "A", timeZone: "Europe/Berlin" })).toEqual({
      name: "A",
      description: "",
      timeZone: "Europe/Berlin",
    });
    expect(errorsOf(UpdateCohortSchema, { cohortId: "c1", name: "A", timeZone: "Europe/Atlantis" })).toEqual({
      timeZone: ["Choose a time zone from the list, for example Europe/Berlin."],
    });
  });

  it("refuses an empty or blank name", () => {
    expect(errorsOf(CreateCohortSchema, { name: "   " })).toEqual({ name: ["Give the cohort a name."] });
    expect(errorsOf(CreateCohortSchema, {})).toEqual({ name: ["Give the cohort a name."] });
  });

  it("refuses names and descriptions over their limits, both at once", () => {
    expect(COHORT_NAME_MAX_CHARS).toBe(80);
    expect(COHORT_DESCRIPTION_MAX_CHARS).toBe(500);
    expect(CreateCohortSchema.safeParse({ name: "a".repeat(80), description: "d".repeat(500) }).success).toBe(true);
    expect(errorsOf(CreateCohortSchema, { name: "a".repeat(81), description: "d".repeat(501) })).toEqual({
      name: ["Keep the name to 80 characters or fewer."],
      description: ["Keep the description to 500 characters or fewer."],
    });
  });

  it("refuses wrong types", () => {
    expect(errorsOf(CreateCohortSchema, { name: 42, description: ["x"] })).toEqual({
      name: ["Give the cohort a name."],
      description: ["Write the description as text."],
    });
    expect(errorsOf(UpdateCohortSchema, { name: "A" })).toEqual({ cohortId: [MISSING_ID] });
    expect(errorsOf(UpdateCohortSchema, { cohortId: "", name: "" })).toEqual({
      cohortId: [MISSING_ID],
      name: ["Give the cohort a name."],
    });
  });
});

describe("AssignModuleSchema", () => {
  const base = { cohortId: "c1", moduleSlug: "check-yourself-first" };

  it("keeps a date as the calendar day chosen (its end is counted in the cohort's zone)", () => {
    const parsed = AssignModuleSchema.parse({ ...base, dueKind: "date", dueDate: "2026-12-04", dueDays: "7" });
    expect(parsed).toEqual({ ...base, due: { kind: "date", day: "2026-12-04" } });
    // Today is still allowed: it ends tonight.
    expect(AssignModuleSchema.parse({ ...base, dueKind: "date", dueDate: "2026-11-25" }).due).toEqual({
      kind: "date",
      day: "2026-11-25",
    });
  });

  it("refuses only days already over everywhere; the cohort's zone decides the rest", () => {
    // At 12:00 UTC on 25 November, the 24th has ended in Auckland but not yet in Honolulu (UTC−10).
    expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "date", dueDate: "2026-11-23" })).toEqual({
      dueDate: ["That day is already over. Choose today or a later date."],
    });
  });

  it("refuses days that don't exist or aren't written as YYYY-MM-DD", () => {
    for (const dueDate of ["2026-02-29", "2026-06-31", "2026-13-01", "2026-00-10", "4/12/2026", "2026-12-4"]) {
      expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "date", dueDate }), dueDate).toEqual({
        dueDate: ["Enter a real date, for example 2026-12-04."],
      });
    }
  });

  it("takes a number of days after joining, from 1 to 365", () => {
    expect(AssignModuleSchema.parse({ ...base, dueKind: "days", dueDays: " 7 ", dueDate: "" })).toEqual({
      ...base,
      due: { kind: "days", days: 7 },
    });
    expect(AssignModuleSchema.parse({ ...base, dueKind: "days", dueDays: "1" }).due).toEqual({ kind: "days", days: 1 });
    expect(AssignModuleSchema.parse({ ...base, dueKind: "days", dueDays: "365" }).due).toEqual({
      kind: "days",
      days: 365,
    });
  });

  it("refuses days that are empty, out of range, fractional or not numbers", () => {
    const message = "Enter a whole number of days from 1 to 365.";
    expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "days", dueDays: "" })).toEqual({
      dueDays: ["Enter a number of days."],
    });
    for (const dueDays of ["0", "366", "2.5", "-3", "seven", "9999999"]) {
      expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "days", dueDays }), dueDays).toEqual({
        dueDays: [message],
      });
    }
    expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "days", dueDays: 7 })).toEqual({
      dueDays: ["Enter a number of days."],
    });
  });

  it("refuses dates that are missing, unreal, already over or too far ahead", () => {
    expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "date", dueDate: "" })).toEqual({
      dueDate: ["Choose a due date."],
    });
    expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "date", dueDate: "2026-02-30" })).toEqual({
      dueDate: ["Enter a real date, for example 2026-12-04."],
    });
    expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "date", dueDate: "2026-11-20" })).toEqual({
      dueDate: ["That day is already over. Choose today or a later date."],
    });
    expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "date", dueDate: "2029-01-01" })).toEqual({
      dueDate: ["Choose a date within the next 2 years."],
    });
    expect(errorsOf(AssignModuleSchema, { ...base, dueKind: "date", dueDate: new Date() })).toEqual({
      dueDate: ["Choose a due date."],
    });
  });

  it("reports a missing module and a missing due rule together", () => {
    expect(errorsOf(AssignModuleSchema, { cohortId: "c1", moduleSlug: "" })).toEqual({
      moduleSlug: ["Choose a module."],
      dueKind: ["Choose when it's due: on a date, or a number of days after each learner joins."],
    });
    expect(errorsOf(AssignModuleSchema, { cohortId: "c1", moduleSlug: 2, dueKind: "weeks" })).toEqual({
      moduleSlug: ["Choose a module."],
      dueKind: ["Choose when it's due: on a date, or a number of days after each learner joins."],
    });
    expect(errorsOf(AssignModuleSchema, { ...base, cohortId: "x".repeat(101), dueKind: "days", dueDays: "7" })).toEqual(
      { cohortId: [MISSING_ID] },
    );
  });
});

describe("SetInviteLinkSchema and RemoveAssignmentSchema", () => {
  it("accept what the buttons send", () => {
    expect(SetInviteLinkSchema.parse({ cohortId: "c1", state: "new" })).toEqual({ cohortId: "c1", state: "new" });
    expect(SetInviteLinkSchema.parse({ cohortId: "c1", state: "off" })).toEqual({ cohortId: "c1", state: "off" });
    expect(RemoveAssignmentSchema.parse({ cohortId: "c1", assignmentId: "a1" })).toEqual({
      cohortId: "c1",
      assignmentId: "a1",
    });
  });

  it("refuse anything else", () => {
    expect(errorsOf(SetInviteLinkSchema, { cohortId: "", state: "on" })).toEqual({
      cohortId: [MISSING_ID],
      state: ["Choose whether to turn the link off or make a new one."],
    });
    expect(errorsOf(RemoveAssignmentSchema, { cohortId: "c1", assignmentId: 3 })).toEqual({
      assignmentId: ["Something went wrong: the form didn't say which assignment. Reload the page and try again."],
    });
  });
});

describe("SendNudgeSchema", () => {
  it("takes the chosen learners, one or several, and trims the message", () => {
    expect(
      SendNudgeSchema.parse({ cohortId: "c1", learnerIds: ["u1", " u2 ", ""], message: "  Keep going!  " }),
    ).toEqual({
      cohortId: "c1",
      learnerIds: ["u1", "u2"],
      message: "Keep going!",
      confirmRepeat: false,
    });
    expect(SendNudgeSchema.parse({ cohortId: "c1", learnerIds: "u1", message: "Hi" }).learnerIds).toEqual(["u1"]);
    // "Send again anyway", ticked after the 24-hour guard asked; anything else is no.
    expect(
      SendNudgeSchema.parse({ cohortId: "c1", learnerIds: "u1", message: "Hi", confirmRepeat: "yes" }),
    ).toMatchObject({ confirmRepeat: true });
    expect(
      SendNudgeSchema.parse({ cohortId: "c1", learnerIds: "u1", message: "Hi", confirmRepeat: ["yes", "x"] }),
    ).toMatchObject({ confirmRepeat: false });
  });

  it("needs at least one learner and a message within the limit", () => {
    expect(NUDGE_MAX_CHARS).toBe(500);
    expect(SendNudgeSchema.safeParse({ cohortId: "c1", learnerIds: "u1", message: "m".repeat(500) }).success).toBe(
      true,
    );
    expect(errorsOf(SendNudgeSchema, { cohortId: "c1", learnerIds: "", message: " " })).toEqual({
      learnerIds: ["Choose at least one learner to nudge."],
      message: ["Write a short message, so they know why you're in touch."],
    });
    expect(errorsOf(SendNudgeSchema, { cohortId: "c1", learnerIds: "u1", message: "m".repeat(501) })).toEqual({
      message: ["Keep the message to 500 characters or fewer."],
    });
    expect(errorsOf(SendNudgeSchema, { cohortId: "c1", learnerIds: 5, message: 5 })).toEqual({
      learnerIds: ["Choose at least one learner to nudge."],
      message: ["Write a short message."],
    });
  });
});

describe("ReplyToReflectionSchema", () => {
  const base = { cohortId: "c1", reflectionId: "0b8c1f7e-0d4c-4a53-9d0e-3f7f6c1a2b3c" };

  it("accepts a reply up to the limit, trimmed, keeping its line breaks", () => {
    expect(ReplyToReflectionSchema.parse({ ...base, body: "  Thank you.\nThat took courage.  " }).body).toBe(
      "Thank you.\nThat took courage.",
    );
    expect(ReplyToReflectionSchema.safeParse({ ...base, body: "r".repeat(REPLY_MAX_CHARS) }).success).toBe(true);
  });

  it("keeps a textarea's CRLF line breaks as one character each, as the browser counted them", () => {
    expect(ReplyToReflectionSchema.parse({ ...base, body: "One.\r\nTwo.\rThree." }).body).toBe("One.\nTwo.\nThree.");
    const full = `${"r".repeat(REPLY_MAX_CHARS - 2)}\r\nr`;
    expect(ReplyToReflectionSchema.parse({ ...base, body: full }).body).toHaveLength(REPLY_MAX_CHARS);
    expect(SendNudgeSchema.parse({ cohortId: "c1", learnerIds: "u1", message: "Hi\r\nthere" }).message).toBe(
      "Hi\nthere",
    );
    expect(CreateCohortSchema.parse({ name: "A", description: "x\r\ny" }).description).toBe("x\ny");
  });

  it("refuses empty, oversized and wrong-typed replies", () => {
    expect(errorsOf(ReplyToReflectionSchema, { ...base, body: " \n " })).toEqual({
      body: ["Write a reply first: an empty reply isn't sent."],
    });
    expect(errorsOf(ReplyToReflectionSchema, { ...base, body: "r".repeat(REPLY_MAX_CHARS + 1) })).toEqual({
      body: ["Replies can be up to 1,000 characters. Shorten yours a little to send it."],
    });
    expect(errorsOf(ReplyToReflectionSchema, { cohortId: "c1", body: 12 })).toEqual({
      reflectionId: ["Something went wrong: the form didn't say which reflection. Reload the page and try again."],
      body: ["Write your reply as text."],
    });
  });
});

describe("ArchiveCohortSchema", () => {
  it("archives only with the box ticked, and unarchives without it", () => {
    expect(ArchiveCohortSchema.parse({ cohortId: "c1", archived: "true", confirm: "yes" })).toEqual({
      cohortId: "c1",
      archived: true,
      confirm: "yes",
    });
    expect(ArchiveCohortSchema.parse({ cohortId: "c1", archived: "false" })).toEqual({
      cohortId: "c1",
      archived: false,
    });
    expect(errorsOf(ArchiveCohortSchema, { cohortId: "c1", archived: "true" })).toEqual({
      confirm: ["Tick the box to confirm that you want to archive this cohort."],
    });
    expect(errorsOf(ArchiveCohortSchema, { cohortId: "c1", archived: true, confirm: "yes" })).toEqual({
      archived: ["Choose whether to archive the cohort or bring it back."],
    });
  });
});

describe("AddCoFacilitatorSchema and RemoveCoFacilitatorSchema", () => {
  it("takes an email address, lower-cased", () => {
    expect(AddCoFacilitatorSchema.parse({ cohortId: "c1", email: " Sam@Example.org " })).toEqual({
      cohortId: "c1",
      email: "sam@example.org",
    });
    expect(RemoveCoFacilitatorSchema.parse({ cohortId: "c1", userId: "u1" })).toEqual({ cohortId: "c1", userId: "u1" });
  });

  it("refuses empty, malformed, oversized and wrong-typed input", () => {
    expect(errorsOf(AddCoFacilitatorSchema, { cohortId: "c1", email: "" })).toEqual({
      email: ["Enter their email address."],
    });
    expect(errorsOf(AddCoFacilitatorSchema, { cohortId: "c1", email: "sam at example" })).toEqual({
      email: ["Enter an email address like name@example.org."],
    });
    expect(errorsOf(AddCoFacilitatorSchema, { cohortId: "c1", email: `${"a".repeat(250)}@example.org` })).toEqual({
      email: ["Email addresses are at most 254 characters."],
    });
    expect(errorsOf(AddCoFacilitatorSchema, { email: ["a@b.org"] })).toEqual({
      cohortId: [MISSING_ID],
      email: ["Enter their email address."],
    });
    expect(errorsOf(RemoveCoFacilitatorSchema, { cohortId: "c1" })).toEqual({
      userId: ["Something went wrong: the form didn't say which facilitator. Reload the page and try again."],
    });
  });
});

describe("due rules in words", () => {
  it("says the day in full, or the days after joining", () => {
    expect(formatDate(new Date("2026-12-04T23:59:59.999Z"), "UTC")).toBe("December 4, 2026");
    expect(formatDate(new Date("2026-12-04T23:59:59.999Z"), "Pacific/Auckland")).toBe("December 5, 2026");
    expect(dueRuleText({ dueDate: "2026-12-04", dueDaysAfterJoin: null })).toBe("Due Friday, December 4, 2026");
    expect(dueRuleText({ dueDate: null, dueDaysAfterJoin: 7 })).toBe("Due 7 days after each learner joins");
    expect(dueRuleText({ dueDate: null, dueDaysAfterJoin: 1 })).toBe("Due 1 day after each learner joins");
  });

  it("names the cohort's zone when it is not the reader's", () => {
    expect(dueRuleText({ dueDate: "2026-12-04", dueDaysAfterJoin: null }, "Asia/Tokyo", "Asia/Tokyo")).toBe(
      "Due Friday, December 4, 2026",
    );
    expect(dueRuleText({ dueDate: "2026-12-04", dueDaysAfterJoin: null }, "Asia/Tokyo", "Europe/Paris")).toBe(
      "Due Friday, December 4, 2026 (end of day, Asia/Tokyo time)",
    );
    expect(dueRuleText({ dueDate: null, dueDaysAfterJoin: 7 }, "Asia/Tokyo", null)).toBe(
      "Due 7 days after each learner joins (end of day, Asia/Tokyo time)",
    );
  });
});

describe("every facilitator schema survives hostile input", () => {
  const schemas: Record<string, z.ZodType> = {
    CohortIdFieldSchema,
    CohortDetailsSchema,
    CreateCohortSchema,
    UpdateCohortSchema,
    SetInviteLinkSchema,
    AssignModuleSchema,
    RemoveAssignmentSchema,
    SendNudgeSchema,
    ReplyToReflectionSchema,
    ArchiveCohortSchema,
    AddCoFacilitatorSchema,
    RemoveCoFacilitatorSchema,
  };
  const field = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.constantFrom(
      "",
      "  ",
      "date",
      "days",
      "true",
      "false",
      "yes",
      "new",
      "off",
      "2026-12-04",
      "7",
      "\r\n",
      "__proto__",
    ),
    fc.integer({ min: 10_000, max: 20_000 }).map((n) => "x".repeat(n)),
    fc.anything(),
  );
  const form = fc.record(
    {
      cohortId: field,
      name: field,
      description: field,
      state: field,
      moduleSlug: field,
      dueKind: field,
      dueDate: field,
      dueDays: field,
      assignmentId: field,
      learnerIds: field,
      message: field,
      reflectionId: field,
      body: field,
      archived: field,
      confirm: field,
      email: field,
      userId: field,
    },
    { requiredKeys: [] },
  );
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name} never throws and explains every refusal`, () => {
      fc.assert(
        fc.property(fc.oneof(form, fc.anything()), (value) => {
          const result = schema.safeParse(value);
          if (!result.success) {
            for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
