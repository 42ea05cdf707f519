// Answers that give themselves away (issue 14): a learner can often spot the
// right option of a quiz without reading it, because it is the longest or
// because it is never first or last. For every knowledge check (its correct
// option) and every scenario decision, follow-ups included (its best-rated
// choice: strong > partial > none > worse), this counts whether the right
// answer is strictly the longest option and where it stands. The content
// check prints the figures on every run and warns when they break the rule.
import type { LessonAnalysis } from "../../lib/course/lesson-analysis";
import { SCENARIO_RATINGS, followUpId, type ScenarioRating } from "../../lib/course/schemas";

export type Position = "first" | "middle" | "last";

/** One knowledge check or scenario decision: where its right answer stands, and whether it is the longest. */
export type AnswerCue = { lesson: string; id: string; longest: boolean; position: Position };

export type AnswerCues = {
  /** Knowledge checks plus scenario decisions (a follow-up counts as a decision of its own). */
  decisions: number;
  /** How many of those have the right answer strictly longer than every other option. */
  longest: number;
  positions: Record<Position, number>;
  items: AnswerCue[];
  /** Sentences saying which rule is broken; empty when the figures are within it. */
  warnings: string[];
};

/** The rule: the right answer is the longest in at most this share of the decisions. */
export const LONGEST_SHARE_MAX = 0.5;

function positionOf(index: number, count: number): Position {
  if (index === 0) return "first";
  return index === count - 1 ? "last" : "middle";
}

/**
 * Whether the option at `right` is strictly the longest (by characters) and
 * where it stands. Where several options are equally right (two choices both
 * "strong"), the first of them gives the position, and the decision counts as
 * "longest" when the one strictly longest option is any of them.
 */
function cueOf(lesson: string, id: string, labels: string[], right: number[]): AnswerCue {
  const lengths = labels.map((label) => label.length);
  const max = Math.max(...lengths);
  const longestIndexes = lengths.flatMap((length, index) => (length === max ? [index] : []));
  const longest = longestIndexes.length === 1 && right.includes(longestIndexes[0]!);
  return { lesson, id, longest, position: positionOf(Math.min(...right), labels.length) };
}

const RANK: Record<ScenarioRating, number> = Object.fromEntries(
  SCENARIO_RATINGS.map((rating, index) => [rating, SCENARIO_RATINGS.length - index]),
) as Record<ScenarioRating, number>;

function bestOf(choices: { rating: ScenarioRating }[]): number[] {
  const top = Math.max(...choices.map((c) => RANK[c.rating]));
  return choices.flatMap((c, index) => (RANK[c.rating] === top ? [index] : []));
}

/** The figures for the lessons given, by lesson key, in course order. */
export function answerCues(analyses: Iterable<[string, LessonAnalysis]>): AnswerCues {
  const items: AnswerCue[] = [];
  for (const [lesson, analysis] of analyses) {
    for (const check of analysis.knowledgeChecks) {
      const right = check.options.flatMap((o, index) => (o.correct ? [index] : []));
      items.push(
        cueOf(
          lesson,
          check.id,
          check.options.map((o) => o.label),
          right,
        ),
      );
    }
    for (const scenario of analysis.scenarios) {
      const { choices } = scenario;
      items.push(
        cueOf(
          lesson,
          scenario.id,
          choices.map((c) => c.label),
          bestOf(choices),
        ),
      );
      choices.forEach((choice, index) => {
        if (!choice.then) return;
        const next = choice.then.choices;
        items.push(
          cueOf(
            lesson,
            followUpId(scenario.id, index),
            next.map((c) => c.label),
            bestOf(next),
          ),
        );
      });
    }
  }
  const positions: Record<Position, number> = { first: 0, middle: 0, last: 0 };
  for (const item of items) positions[item.position] += 1;
  const longest = items.filter((item) => item.longest).length;
  const decisions = items.length;
  const warnings: string[] = [];
  if (decisions > 0) {
    if (longest > decisions * LONGEST_SHARE_MAX)
      warnings.push(
        `the right answer is the longest option in ${longest} of ${decisions}, more than half: ${items
          .filter((item) => item.longest)
          .map((item) => `${item.lesson} ${item.id}`)
          .join(", ")}`,
      );
    if (positions.first === 0) warnings.push("the right answer is never the first option");
    if (positions.last === 0) warnings.push("the right answer is never the last option");
  }
  return { decisions, longest, positions, items, warnings };
}

/** The lines the content check prints: the figures, then a WARNING line for each rule broken. */
export function answerCueLines(cues: AnswerCues): string[] {
  const { decisions, longest, positions } = cues;
  return [
    `Answer cues: correct option longest in ${longest} of ${decisions} checks and scenarios (rule: at most half); ` +
      `position first ${positions.first}, middle ${positions.middle}, last ${positions.last}.`,
    ...cues.warnings.map((warning) => `WARNING (answer cues): ${warning}.`),
  ];
}
