// The journal's search: what a search looks for, the part the database does,
// and the exact check afterwards.
import { dbProvider } from "../db/client";
import { containsIgnoringCase } from "../db/contains";

export const SEARCH_MAX_CHARS = 200;
/** Most words a search looks for (each must appear in the answer or its question). */
export const SEARCH_MAX_WORDS = 8;

/** The search as it is used: trimmed, at most SEARCH_MAX_CHARS characters. */
export function normaliseQuery(q: string | undefined): string {
  return (q ?? "").trim().slice(0, SEARCH_MAX_CHARS).trim();
}

export function searchWords(q: string): string[] {
  return [...new Set(q.split(/\s+/).filter(Boolean))].slice(0, SEARCH_MAX_WORDS);
}

/**
 * The part of the search the database does. Prisma passes values as
 * parameters but does not escape LIKE's wildcards (% and _, and \ on
 * PostgreSQL), and SQLite's LIKE ignores case only for ASCII letters. So the
 * database gets each word's plain-ASCII pieces (containsIgnoringCase): that
 * finds every real match and perhaps a few more, and `matchesAll`
 * then checks the exact words.
 */
export function searchWhere(words: string[]) {
  const postgres = dbProvider() === "postgresql";
  const special = postgres ? /[%_\\]+/ : /[%_\\]+|[^\x20-\x7e]+/;
  const pieces = words.flatMap((word) => word.split(special).filter(Boolean));
  if (pieces.length === 0) return {};
  return {
    AND: pieces.map((piece) => ({
      OR: [{ body: containsIgnoringCase(piece) }, { promptText: containsIgnoringCase(piece) }],
    })),
  };
}

function fold(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

export function matchesAll(entry: { body: string; promptText: string }, words: string[]): boolean {
  const body = fold(entry.body);
  const prompt = fold(entry.promptText);
  return words.every((word) => body.includes(fold(word)) || prompt.includes(fold(word)));
}
