import "server-only";
// Everything a learner wrote, to take away: as JSON (complete, for machines
// and for moving elsewhere) and as Markdown (for reading). Only the learner's
// own entries, selected by their id, with who each is shared with and the
// facilitators' replies to them: those are the learner's record of the
// conversation too.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { learnerCohorts, sharedCohorts } from "../cohorts/sharing";
import { visibilityLabel } from "../cohorts/visibility";
import { compareByCourse, placeEntry } from "./placement";
import { ENTRY_SELECT, toView } from "./reflections";
import { formatDate } from "../time/format";
import { zoneOrUtc } from "../time/zones";

export type ExportedEntry = {
  id: string;
  module: { number: number; title: string } | null;
  lesson: { key: string; title: string };
  promptId: string;
  /** The question as the learner saw it when they answered. */
  prompt: string;
  /** The question as the course asks it today, or null if it has been removed. */
  currentPrompt: string | null;
  body: string;
  /** Whether it is shared with any cohort. */
  shared: boolean;
  /** The cohorts it is shared with, and since when (oldest first). */
  sharedWith: { cohort: string; sharedAt: string }[];
  /** Who can see it, in the words the journal uses. */
  visibility: string;
  createdAt: string;
  updatedAt: string;
  revisions: { version: number; body: string; savedAt: string }[];
  /** Facilitators' replies to this entry, oldest first. */
  replies: ExportedReply[];
};

export type ExportedReply = {
  authorName: string;
  /** The cohort the reply was written in, or null when that cohort is gone. */
  cohort: string | null;
  body: string;
  createdAt: string;
};

export type JournalExport = {
  exportedAt: string;
  /** The zone the Markdown's dates are days of: the learner's, or "UTC" (the ISO moments are UTC). */
  timeZone: string;
  learner: { name: string; email: string };
  entries: ExportedEntry[];
};

export async function exportEntries(learner: SessionUser, now = new Date()): Promise<JournalExport> {
  // Revisions, shares and replies are read by owner (`reflection.userId`), so
  // the same learner id decides which of them can be read. They come in their
  // own queries, not nested under the entries: a nested select binds every
  // entry id as a parameter, past SQLite's limit for a long journal.
  const owned = { reflection: { userId: learner.id } };
  const [rows, revisions, shares, replies, cohorts] = await Promise.all([
    db().reflection.findMany({ where: { userId: learner.id }, select: ENTRY_SELECT }),
    db().reflectionRevision.findMany({
      where: owned,
      orderBy: [{ reflectionId: "asc" }, { version: "desc" }],
      select: { reflectionId: true, version: true, body: true, savedAt: true },
    }),
    db().reflectionShare.findMany({
      where: owned,
      orderBy: [{ sharedAt: "asc" }, { cohortId: "asc" }],
      select: { reflectionId: true, cohortId: true, sharedAt: true, cohort: { select: { name: true } } },
    }),
    db().reflectionReply.findMany({
      where: owned,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        reflectionId: true,
        body: true,
        createdAt: true,
        author: { select: { name: true } },
        cohort: { select: { name: true } },
      },
    }),
    learnerCohorts(learner),
  ]);
  const revisionsOf = byEntry(revisions);
  const sharesOf = byEntry(shares);
  const repliesOf = byEntry(replies);
  const placed = rows.map((row) => ({
    ...toView(row),
    shares: sharesOf.get(row.id) ?? [],
    revisions: revisionsOf.get(row.id) ?? [],
    replies: repliesOf.get(row.id) ?? [],
    place: placeEntry(row),
  }));
  placed.sort(compareByCourse);
  return {
    exportedAt: now.toISOString(),
    timeZone: zoneOrUtc(learner.timeZone),
    learner: { name: learner.name, email: learner.email },
    entries: placed.map((e) => ({
      id: e.id,
      module: e.place.moduleNumber === null ? null : { number: e.place.moduleNumber, title: e.place.moduleTitle },
      lesson: { key: e.place.lessonKey, title: e.place.lessonTitle },
      promptId: e.promptId,
      prompt: e.promptText,
      currentPrompt: e.place.inCourse ? e.place.promptText : null,
      body: e.body,
      shared: e.shares.length > 0,
      sharedWith: e.shares.map((s) => ({ cohort: s.cohort.name, sharedAt: s.sharedAt.toISOString() })),
      visibility: visibilityLabel(sharedCohorts(e.shares, cohorts)),
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
      revisions: e.revisions.map((r) => ({ version: r.version, body: r.body, savedAt: r.savedAt.toISOString() })),
      replies: e.replies.map((r) => ({
        authorName: r.author.name,
        cohort: r.cohort?.name ?? null,
        body: r.body,
        createdAt: r.createdAt.toISOString(),
      })),
    })),
  };
}

export function toJson(data: JournalExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

/** The day of a moment in the export's zone (the learner's own). */
function dayIn(iso: string, zone: string): string {
  return formatDate(new Date(iso), zone);
}

// Backslash-escaping makes Markdown show a character as written. `<` and `&`
// would start HTML or an entity; the rest would start emphasis, code, links,
// tables or strikethrough.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&]/g;

/** One line of our own text (titles, names, questions): whitespace folded, markup shown as written. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/**
 * A learner's text as a block quote. Every line, blank ones included, starts
 * with "> ", so nothing the learner wrote can end the quote; markup is
 * escaped, so "# heading", "---" or "<script>" show as the characters typed
 * and never become a heading, a rule or HTML. Line breaks are kept (two
 * trailing spaces make a Markdown line break).
 */
export function quote(body: string): string {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  return lines
    .map((line, i) => {
      if (line.trim() === "") return ">";
      const escaped = line
        .replace(INLINE_SPECIAL, (c) => `\\${c}`)
        // At the start of a line these begin a list, a rule or a heading underline.
        .replace(/^(\s*)([-+=])/, "$1\\$2")
        .replace(/^(\s*\d+)([.)])/, "$1\\$2");
      return `> ${escaped}${i < lines.length - 1 ? "  " : ""}`;
    })
    .join("\n");
}

export function toMarkdown(data: JournalExport): string {
  const out: string[] = [];
  const day = (iso: string) => dayIn(iso, data.timeZone);
  const count = data.entries.length;
  out.push("# Your journal from It Takes Two", "");
  out.push(
    `Exported for ${inline(data.learner.name)} (${inline(data.learner.email)}) on ${day(data.exportedAt)}. Dates are days in ${inline(data.timeZone)} time.`,
    "",
  );
  out.push(
    count === 0
      ? "You had not written any answers yet."
      : `${count === 1 ? "One answer" : `${count} answers`}, in course order, newest first under each question. Each answer says who could see it when you exported it.`,
    "",
  );
  if (count > 0) {
    const replies = data.entries.some((e) => e.replies.length > 0)
      ? " Replies from your facilitators follow the answer they reply to, quoted the same way."
      : "";
    out.push(
      `Your answers are quoted exactly as you wrote them.${replies} Where a backslash appears before a character such as \\# or \\<, it only tells Markdown apps to show that character as you typed it.`,
      "",
    );
  }

  let moduleHeading = "";
  let lessonKey = "";
  let promptId = "";
  for (const entry of data.entries) {
    const heading = entry.module
      ? `Module ${entry.module.number}: ${entry.module.title}`
      : "Questions no longer in the course";
    if (heading !== moduleHeading) {
      out.push(`## ${inline(heading)}`, "");
      moduleHeading = heading;
      lessonKey = "";
    }
    if (entry.lesson.key !== lessonKey) {
      out.push(`### ${inline(entry.lesson.title)}`, "");
      lessonKey = entry.lesson.key;
      promptId = "";
    }
    if (entry.promptId !== promptId) {
      out.push(`#### ${inline(entry.currentPrompt ?? entry.prompt)}`, "");
      promptId = entry.promptId;
    }
    const edited = day(entry.updatedAt) !== day(entry.createdAt) ? `, last edited ${day(entry.updatedAt)}` : "";
    out.push(`**Answered ${day(entry.createdAt)}${edited}** · ${inline(entry.visibility)}`, "");
    if (entry.currentPrompt !== null && entry.currentPrompt !== entry.prompt) {
      out.push(`The question then read: ${inline(entry.prompt)}`, "");
    }
    out.push(quote(entry.body), "");
    for (const reply of entry.replies) {
      const where = reply.cohort ? ` (${inline(reply.cohort)})` : "";
      out.push(`*Reply from ${inline(reply.authorName)}${where}, ${day(reply.createdAt)}:*`, "", quote(reply.body), "");
    }
    for (const revision of entry.revisions) {
      out.push(`*Earlier version, saved ${day(revision.savedAt)}:*`, "", quote(revision.body), "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** Rows grouped by the entry they belong to, each group in the order read. */
function byEntry<T extends { reflectionId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.reflectionId);
    if (group) group.push(row);
    else groups.set(row.reflectionId, [row]);
  }
  return groups;
}
