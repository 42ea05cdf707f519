import "server-only";
// Facilitator notes, read from the lesson source on request. They never appear
// in the public lesson HTML; only facilitators and admins may read them.
import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { hasRole } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { findLesson, getCourse } from "./catalog";
import { analyseLessonFile } from "./lesson-analysis";

export type NoteBlock = { type: "paragraph"; text: string } | { type: "list"; items: string[] };
export type FacilitatorNotes = { notes: NoteBlock[][] };

function blocks(markdown: string): NoteBlock[] {
  const tree = unified().use(remarkParse).parse(markdown);
  return tree.children.flatMap((node: RootContent): NoteBlock[] => {
    if (node.type === "list") return [{ type: "list", items: node.children.map((item) => toString(item)) }];
    const text = toString(node).trim();
    return text ? [{ type: "paragraph", text }] : [];
  });
}

const cache = new Map<string, FacilitatorNotes>();

/** Notes for the lesson at `lessonPath` ("/learn/module/lesson"), or null if there is no such lesson. */
export function facilitatorNotesFor(viewer: SessionUser, lessonPath: string): FacilitatorNotes | null | "forbidden" {
  if (!hasRole(viewer.role, "facilitator")) return "forbidden";
  const match = /^\/learn\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/.exec(lessonPath);
  if (!match) return null;
  const course = getCourse();
  const lesson = findLesson(course, match[1] ?? "", match[2] ?? "");
  if (!lesson) return null;
  let notes = cache.get(lesson.key);
  if (!notes) {
    notes = { notes: analyseLessonFile(lesson.file).facilitatorNotes.map(blocks) };
    cache.set(lesson.key, notes);
  }
  return notes;
}
