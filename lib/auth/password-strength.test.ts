import { describe, expect, it } from "vitest";
import { NewPasswordSchema } from "./account-fields";
import { PASSWORD_MIN_LENGTH } from "./password-policy";
import { PERSONAL_DATA_MESSAGE, passwordProblem } from "./password-strength";

const leo = { email: "leo.martins@example.org", name: "Leo Martins" };

/** What the whole check says about a new password: the form's length rule, then strength. */
function verdict(password: string, owner = leo): string | null {
  const parsed = NewPasswordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues.map((issue) => issue.message).join(" ");
  return passwordProblem(parsed.data, owner);
}

describe("new passwords (NIST SP 800-63B rev. 4)", () => {
  it("refuses the examples from the issue, each with a reason and a way to do better", () => {
    // Ten of the same character: too short, and just as weak when long enough.
    expect(verdict("aaaaaaaaaa")).toBe(
      `Use at least ${PASSWORD_MIN_LENGTH} characters. Three or four unrelated words make that easy.`,
    );
    expect(verdict("a".repeat(20))).toBe(
      "That password would be too easy to guess: it repeats the same characters. Try three or four words that have nothing to do with each other.",
    );
    expect(verdict("password12")).toMatch(/^Use at least 15 characters/);
    expect(verdict("password12password12")).toMatch(/^That password would be too easy to guess: .*Try three or four/);
    expect(verdict("password1234567")).toMatch(/too easy to guess/);
    // The email itself, in any case, and its local part.
    expect(verdict("leo.martins@example.org")).toBe(PERSONAL_DATA_MESSAGE);
    expect(verdict("LEO.MARTINS@EXAMPLE.ORG")).toBe(PERSONAL_DATA_MESSAGE);
    expect(verdict("leo.martins-rides-bikes")).toBe(PERSONAL_DATA_MESSAGE);
    // The name inside, however it is spelled out.
    expect(verdict("i am leo martins and proud")).toBe(PERSONAL_DATA_MESSAGE);
    expect(verdict("Martins-garden-gate-blue")).toBe(PERSONAL_DATA_MESSAGE);
  });

  it("counts characters as a person does, and sets no rules about kinds of characters", () => {
    // Fourteen emoji are fourteen characters, though JavaScript counts 28.
    expect(verdict("🙂".repeat(14))).toMatch(/^Use at least 15 characters/);
    // No digits, capitals or symbols needed; spaces are fine.
    expect(verdict("velvet kettle orbit harbour")).toBeNull();
    expect(verdict("quiet-harbour-lamp-seven")).toBeNull();
    expect(verdict("Grüße aus dem kleinen Hafen")).toBeNull();
    expect(verdict("x".repeat(129))).toBe("Use at most 128 characters.");
    expect(verdict("")).toBe("Choose a password.");
  });

  it("passes the person's details and the site's name to the estimate, not only as whole words", () => {
    const rose = { email: "r.ng@example.org", name: "Rose Ng" };
    expect(verdict("ittakestwoittakestwo", rose)).toMatch(/too easy to guess/);
    // Short pieces of a name are not refused on sight: "ng" is in many words.
    expect(verdict("morning lantern singing gently", rose)).toBeNull();
    // A whole part of the name is.
    expect(verdict("roses and thorns forever more", rose)).toBe(PERSONAL_DATA_MESSAGE);
  });

  it("gives a good passphrase a clear pass", () => {
    for (const passphrase of [
      "correct horse battery staple",
      "blue-kettle-river-sings",
      "my cat naps on warm laundry",
    ]) {
      expect(verdict(passphrase), passphrase).toBeNull();
    }
  });
});
