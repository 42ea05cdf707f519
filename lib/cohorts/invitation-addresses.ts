// Reading a pasted list of email addresses, line by line, for personal
// invitations (docs/decisions/033-email-invitations.md). Addresses are
// separated by line breaks, commas or semicolons; a mail program's
// `Name <address>` form is accepted and the address taken from it. Every
// entry that can't be used is reported with its line, so the good ones can
// still go. Pure: the form's schema runs it, and the unit tests.
import { z } from "zod";

/** How many addresses one paste may hold. */
export const INVITE_ADDRESSES_MAX = 1000;
/** How much text one paste may hold (about 200 KB). */
export const INVITE_INPUT_MAX_CHARS = 200_000;
/** The longest an email address can be (RFC 5321's path limit). */
export const EMAIL_MAX_CHARS = 254;
/** An entry longer than this is not an address with a name in front; it is reported as too long. */
export const ENTRY_MAX_CHARS = 320;

/** `text` is shown in the message (shortened); `raw` is the entry as pasted. */
export type AddressProblem = { line: number; text: string; raw: string; message: string };
export type AddressList = {
  /** Valid, distinct, lower-case addresses, with the line each came from. */
  addresses: { line: number; email: string }[];
  problems: AddressProblem[];
  /** Every non-empty entry, counted before checking them (for the size limit). */
  entries: number;
};

const EmailSchema = z.email();

/** Splits a line at commas and semicolons that are not inside quotes or angle brackets. */
function splitEntries(line: string): string[] {
  const entries: string[] = [];
  let current = "";
  let quoted = false;
  let angled = false;
  for (const char of line) {
    if (char === '"' && !angled) quoted = !quoted;
    else if (char === "<" && !quoted) angled = true;
    else if (char === ">" && !quoted) angled = false;
    if ((char === "," || char === ";") && !quoted && !angled) {
      entries.push(current);
      current = "";
    } else current += char;
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter(Boolean);
}

/** The address in an entry: "ana@example.org", "<ana@example.org>" or "Ana Díaz <ana@example.org>". */
function addressOf(entry: string): string {
  const named = /<([^<>]*)>\s*$/.exec(entry);
  return (named ? named[1]! : entry).trim().replace(/^mailto:/i, "");
}

/** What to show of an entry in a message: short enough to read. */
export function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function parseAddressList(text: string): AddressList {
  const addresses: AddressList["addresses"] = [];
  const problems: AddressProblem[] = [];
  const firstLine = new Map<string, number>();
  let entries = 0;
  text.split(/\r\n?|\n/).forEach((raw, index) => {
    const line = index + 1;
    for (const entry of splitEntries(raw)) {
      entries += 1;
      if (entries > INVITE_ADDRESSES_MAX) return;
      if (entry.length > ENTRY_MAX_CHARS) {
        problems.push({ line, text: shown(entry), raw: entry, message: "This is too long to be an email address." });
        continue;
      }
      const address = addressOf(entry);
      if (address.length > EMAIL_MAX_CHARS || !EmailSchema.safeParse(address).success) {
        problems.push({ line, text: shown(entry), raw: entry, message: "This isn’t an email address we can send to." });
        continue;
      }
      const email = address.toLowerCase();
      const earlier = firstLine.get(email);
      if (earlier !== undefined) {
        problems.push({
          line,
          text: shown(entry),
          raw: entry,
          message:
            earlier === line ? "This address is already in this line." : `This address is also on line ${earlier}.`,
        });
        continue;
      }
      firstLine.set(email, line);
      addresses.push({ line, email });
    }
  });
  return { addresses, problems, entries };
}

/** A problem as one sentence naming its line: “Line 3 (bob@): This isn’t an email address we can send to.” */
export function problemSentence(problem: AddressProblem): string {
  return `Line ${problem.line} (${problem.text}): ${problem.message}`;
}
