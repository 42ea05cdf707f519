// Property-based tests: random, huge and hostile input thrown at every zod
// schema at a boundary. A schema must never throw, and every refusal must
// carry a message a person can read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { SaveReflectionSchema } from "../../lib/reflections/schemas";
import { REFLECTION_MAX_CHARS } from "../../lib/reflections/limits";
import { ALL_SCHEMAS as SCHEMAS } from "./all-schemas";

const hostileString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "\u0000\u202e\ud800",
    '\'; DROP TABLE "User"; --',
    '=HYPERLINK("http://evil")',
    "../../etc/passwd",
    "__proto__",
    "constructor",
  ),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => "🙂".repeat(Math.floor(n / 2))),
);

const hostileValue = fc.oneof(
  fc.anything(),
  hostileString,
  fc.dictionary(
    fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "email", "body", "promptId")),
    fc.oneof(hostileString, fc.anything()),
  ),
);

function check(schema: z.ZodType, value: unknown): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

describe("every boundary schema survives hostile input", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name} never throws and explains every refusal`, () => {
      fc.assert(
        fc.property(hostileValue, (value) => {
          check(schema, value);
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe("reflection bodies", () => {
  it("accepts any non-blank text up to the limit, exactly as written", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 400 }).filter((s) => s.trim().length > 0),
        (body) => {
          const parsed = SaveReflectionSchema.safeParse({
            promptId: "whats-your-part",
            lessonKey: "check-yourself-first/whats-your-part",
            promptText: "What's your part?",
            body,
            baseVersion: 0,
          });
          expect(parsed.success && parsed.data.body).toBe(body);
        },
      ),
    );
  });

  it("refuses anything over the limit or blank, with a sentence", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: REFLECTION_MAX_CHARS + 1, max: REFLECTION_MAX_CHARS * 3 }).map((n) => "a".repeat(n)),
          fc.stringMatching(/^\s{0,50}$/),
        ),
        (body) => {
          const parsed = SaveReflectionSchema.safeParse({
            promptId: "whats-your-part",
            lessonKey: "check-yourself-first/whats-your-part",
            promptText: "What's your part?",
            body,
            baseVersion: 0,
          });
          expect(parsed.success).toBe(false);
          expect(parsed.error?.issues[0]?.message).toMatch(/characters|Write something first/);
        },
      ),
    );
  });
});
