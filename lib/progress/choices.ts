import "server-only";
// What a learner chose in the knowledge checks and scenarios of a lesson, so
// the lesson shows it again when they come back
// (docs/decisions/032-remembered-choices.md). Every query names the learner;
// every choice is checked against the lesson as the course has it (its items
// and how many options each has), never trusted from the browser.
//
// A check's tries only grow: a save adds the tries it brings to those already
// kept and keeps the first way it ended, so two tabs, a retried request or an
// older answer arriving late never undo a try. A scenario keeps the choice
// made last.
import { z } from "zod";
import type { SessionUser } from "../auth/session";
import { itemsOfLesson } from "../course/lesson-items";
import type { LessonItem } from "../course/lesson-analysis";
import { ITEM_ID_MAX, ITEM_OPTIONS_MAX } from "../course/schemas";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/unique";
import { NotFoundError, RuleError } from "../errors/errors";

export const CHECK_FINISHES = ["found", "shown"] as const;
export type CheckFinish = (typeof CHECK_FINISHES)[number];

const option = z
  .number({ message: "An option is a number." })
  .int({ message: "An option is a whole number." })
  .min(0, { message: "There is no such option." })
  .max(ITEM_OPTIONS_MAX - 1, { message: "There is no such option." });

/** A choice as the browser sends it: a check's wrong tries and how it ended, or a scenario's option. */
export const ChoiceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("check"),
      tried: z.array(option).max(ITEM_OPTIONS_MAX, { message: "More tries than a question has answers." }),
      finish: z.enum(CHECK_FINISHES, { message: "A check ends with the answer found or shown." }).nullable(),
    }),
    z.object({ kind: z.literal("scenario"), chosen: option }),
  ],
  { message: "Say whether this is a check or a scenario." },
);
export type Choice = z.infer<typeof ChoiceSchema>;

export const ItemIdSchema = z
  .string({ message: "Say which check or scenario." })
  .min(1, { message: "Say which check or scenario." })
  .max(ITEM_ID_MAX, { message: "There is no check or scenario with that id in this lesson." });

/** What the lesson shows again: by item id, each check's tries and ending, each scenario's choice. */
export type SavedChoices = Record<string, Choice>;

const SELECT = { itemId: true, kind: true, tried: true, finish: true, chosen: true } as const;
type Row = { itemId: string; kind: string; tried: string; finish: string | null; chosen: number | null };

const NO_LESSON = "There is no such lesson.";
const NO_ITEM = "This lesson has no check or scenario with that id.";

function triedOf(text: string): number[] {
  return text === "" ? [] : text.split(",").map(Number);
}

/**
 * A stored row as the lesson has it today, or null when it no longer fits
 * (the item changed kind, or lost the options it names). Tries of options the
 * check no longer has are left out; the rest still show.
 */
function fromRow(row: Row, item: LessonItem | undefined): Choice | null {
  if (!item || item.kind !== row.kind) return null;
  if (item.kind === "scenario") {
    return row.chosen !== null && row.chosen >= 0 && row.chosen < item.choices
      ? { kind: "scenario", chosen: row.chosen }
      : null;
  }
  const tried = triedOf(row.tried).filter(
    (i) => Number.isInteger(i) && i >= 0 && i < item.options && i !== item.correct,
  );
  const finish = CHECK_FINISHES.find((f) => f === row.finish) ?? null;
  return { kind: "check", tried: [...new Set(tried)], finish };
}

/** The learner's choices in one lesson, as the lesson has it today. An unknown lesson has none. */
export async function savedChoices(learner: Pick<SessionUser, "id">, lessonKey: string): Promise<SavedChoices> {
  const items = itemsOfLesson(lessonKey);
  if (!items || items.size === 0) return {};
  const rows = await db().checkChoice.findMany({ where: { userId: learner.id, lessonKey }, select: SELECT });
  const saved: SavedChoices = {};
  for (const row of rows) {
    const choice = fromRow(row, items.get(row.itemId));
    if (choice) saved[row.itemId] = choice;
  }
  return saved;
}

/** Refuses a choice the lesson's item can't have, with a sentence saying why. */
function checkAgainst(item: LessonItem, choice: Choice): void {
  if (item.kind !== choice.kind) {
    throw new RuleError(
      item.kind === "check"
        ? "That is a knowledge check, not a scenario."
        : "That is a scenario, not a knowledge check.",
    );
  }
  if (choice.kind === "scenario") {
    if (item.kind === "scenario" && choice.chosen >= item.choices)
      throw new RuleError("That option isn't one of this scenario's choices.");
    return;
  }
  if (item.kind !== "check") return;
  if (choice.tried.some((i) => i >= item.options))
    throw new RuleError("That option isn't one of this question's answers.");
  if (new Set(choice.tried).size !== choice.tried.length) throw new RuleError("Each answer can be tried only once.");
  if (choice.tried.includes(item.correct)) throw new RuleError("The right answer can't be counted as a wrong try.");
}

/** Tries kept, then the new ones in the order sent; the first ending stays. */
function merged(kept: Row, choice: Extract<Choice, { kind: "check" }>): { tried: string; finish: string | null } {
  const tried = triedOf(kept.tried);
  for (const i of choice.tried) if (!tried.includes(i)) tried.push(i);
  return { tried: tried.join(","), finish: kept.finish ?? choice.finish };
}

const ATTEMPTS = 8;

/**
 * Keeps the learner's choice in one check or scenario of a lesson, and
 * returns what is kept now. The lesson and item must exist and the choice
 * must fit the item; anything else is refused (NotFoundError, RuleError).
 */
export async function saveChoice(
  learner: Pick<SessionUser, "id">,
  input: { lessonKey: string; itemId: string; choice: unknown },
): Promise<Choice> {
  const items = itemsOfLesson(input.lessonKey);
  if (!items) throw new NotFoundError(NO_LESSON);
  const item = items.get(input.itemId);
  if (!item) throw new NotFoundError(NO_ITEM);
  const parsed = ChoiceSchema.safeParse(input.choice);
  if (!parsed.success) throw new RuleError(parsed.error.issues[0]?.message ?? "That choice can't be read.");
  const choice = parsed.data;
  checkAgainst(item, choice);

  const userId = learner.id;
  const key = { userId_lessonKey_itemId: { userId, lessonKey: input.lessonKey, itemId: input.itemId } };
  // Read, merge, then write only if the row is still what was read: a write
  // that raced another (two tabs) reads again instead of undoing a try.
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const kept = await db().checkChoice.findUnique({ where: key, select: SELECT });
    const data =
      choice.kind === "scenario"
        ? { kind: "scenario", tried: "", finish: null, chosen: choice.chosen }
        : kept && kept.kind === "check"
          ? { kind: "check", chosen: null, ...merged(kept, choice) }
          : { kind: "check", chosen: null, tried: choice.tried.join(","), finish: choice.finish };
    try {
      if (!kept) {
        await db().checkChoice.create({ data: { userId, lessonKey: input.lessonKey, itemId: input.itemId, ...data } });
      } else {
        const { count } = await db().checkChoice.updateMany({
          where: {
            userId,
            lessonKey: input.lessonKey,
            itemId: input.itemId,
            kind: kept.kind,
            tried: kept.tried,
            finish: kept.finish,
            chosen: kept.chosen,
          },
          data,
        });
        if (count === 0) continue;
      }
    } catch (error) {
      if (isUniqueViolation(error)) continue;
      throw error;
    }
    return fromRow({ itemId: input.itemId, ...data }, item) ?? choice;
  }
  throw new RuleError("Your choice was changed somewhere else at the same moment. Please try again.");
}
