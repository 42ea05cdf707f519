// The copy check (issue 14): the lessons are written in this course's own
// words, so a run of many words in a row that a lesson shares with the source
// post is a sign of copying. Words quoted on purpose, inside <Quote>…</Quote>,
// are left out. Case and punctuation don't count: "It's fair." and "its fair"
// are the same two words.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Runs this many words long, or longer, are reported. */
export const RUN_MIN = 8;

/** Where the source post is kept, beside the repository (it is not committed). */
export const SEED_FILE = path.resolve(process.cwd(), "..", "shared", "seed", "trust-repair-blog-post.txt");

/** The source post's text, or null when this machine has no copy. */
export function readSeed(file: string = SEED_FILE): string | null {
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/** The text of a lesson without what it quotes: each <Quote>…</Quote> is cut out. */
export function withoutQuotes(text: string): string {
  return text.replace(/<Quote\b[^>]*>[\s\S]*?<\/Quote>/g, " ");
}

/** Lower-case words, apostrophes dropped (so "it's" is "its"), every other mark a gap. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Every longest run of `min` or more words in a row that `text` shares with
 * `source`, once each, in the order they appear in `text`. Text inside
 * <Quote> is left out.
 */
export function sharedRuns(text: string, source: string, min: number = RUN_MIN): string[] {
  const words = wordsOf(withoutQuotes(text));
  const sourceWords = wordsOf(source);
  const key = (list: string[], at: number) => list.slice(at, at + min).join(" ");
  const grams = new Set<string>();
  for (let at = 0; at + min <= sourceWords.length; at += 1) grams.add(key(sourceWords, at));
  const sourceText = ` ${sourceWords.join(" ")} `;

  const runs: string[] = [];
  let at = 0;
  while (at + min <= words.length) {
    if (!grams.has(key(words, at))) {
      at += 1;
      continue;
    }
    // Grow the run while the longer phrase still appears in the source.
    let end = at + min;
    while (end < words.length && sourceText.includes(` ${words.slice(at, end + 1).join(" ")} `)) end += 1;
    const run = words.slice(at, end).join(" ");
    if (!runs.includes(run)) runs.push(run);
    at = end;
  }
  return runs;
}

export type Overlap = { lesson: string; phrase: string };

/** Every shared run in each lesson, by the lesson's name (e.g. its file path). */
export function sourceOverlaps(lessons: { name: string; text: string }[], source: string): Overlap[] {
  return lessons.flatMap(({ name, text }) => sharedRuns(text, source).map((phrase) => ({ lesson: name, phrase })));
}
