// The overview's learners × lessons, as HTML built once per request: the
// table for wide screens and the cards for phones. A page of 50 learners is
// about 650 cells and 650 icons; as React elements each one was rendered,
// serialised into the RSC payload, read back and rendered again to HTML,
// which cost the page four to eight times the CPU of the same work without
// React. As one string, React carries it as a single value
// (docs/decisions/055-the-cohort-grid-as-markup.md). Every value goes through
// `markup`, which escapes it; the look is the .lesson-grid and .learner-cards
// rules in app/globals.css. The string travels twice, as HTML and inside the
// page's script for React, where each quote mark and angle bracket is
// escaped again: so single-quoted attributes, and no element a rule in the
// stylesheet can stand in for.
import type { CohortProgress, LearnerRow } from "@/lib/cohorts/progress";
import { LESSON_STATE_LABELS, type LessonState } from "@/lib/cohorts/grid";
import { markup, type Markup } from "@/lib/html/markup";
import { formatDate, formatShortDate, formatShortDay } from "@/lib/time/format";
import { cohortHref } from "../../../_components/cohort-header";
import { plural } from "../../../_lib/format";

/** Each state's mark; the word is always beside it, so none rests on colour or shape alone. */
export const STATE_ICONS: Record<LessonState, string> = {
  done: "✓",
  "in-progress": "◐",
  overdue: "!",
  "not-started": "○",
};
const CARD_ORDER: LessonState[] = ["done", "in-progress", "overdue", "not-started"];

type GridInput = {
  cohortId: string;
  progress: CohortProgress;
  learners: LearnerRow[];
  readerZone: string | null | undefined;
};

export function learnerHref(cohortId: string, userId: string): string {
  return cohortHref(cohortId, `/learners/${encodeURIComponent(userId)}`);
}

export function groupByModule(progress: Pick<CohortProgress, "lessons">) {
  const modules: {
    slug: string;
    number: number;
    title: string;
    /** Where the module's first lesson is among all the course's lessons. */
    first: number;
    lessons: CohortProgress["lessons"];
  }[] = [];
  progress.lessons.forEach((lesson, index) => {
    let m = modules.find((x) => x.slug === lesson.moduleSlug);
    if (!m) {
      m = {
        slug: lesson.moduleSlug,
        number: lesson.moduleNumber,
        title: lesson.moduleTitle,
        first: index,
        lessons: [],
      };
      modules.push(m);
    }
    m.lessons.push(lesson);
  });
  return modules;
}

/** The due rule of each module, for its header: "Due Dec 4", "Due 7 days after joining", or nothing. */
function moduleDue(progress: CohortProgress, moduleSlug: string): string | null {
  const a = progress.assignments.find((x) => x.moduleSlug === moduleSlug);
  if (!a) return null;
  if (a.dueDate) return `Due ${formatShortDay(a.dueDate)}`;
  if (a.dueDaysAfterJoin !== null) return `Due ${plural(a.dueDaysAfterJoin, "day")} after joining`;
  return "Assigned";
}

/**
 * Learners × lessons, for wide screens: each cell a state in a word (its icon
 * drawn by the stylesheet, so a screen reader hears the word once), with the
 * day it was completed.
 */
export function lessonTableHtml({ cohortId, progress, learners, readerZone }: GridInput): Markup {
  const lessonCount = plural(progress.lessons.length, "lesson");
  // A module's first column draws the line between modules.
  const firstOfModule = progress.lessons.map((lesson, i) =>
    lesson.number === 1 && i > 0 ? markup` data-first` : null,
  );
  const moduleHeads = groupByModule(progress).map((m) => {
    const due = moduleDue(progress, m.slug);
    const dueLine = due ? markup`<span>${due}</span>` : null;
    return markup`<th scope='colgroup' colspan='${m.lessons.length}'>Module ${m.number}: ${m.title}${dueLine}</th>`;
  });
  const lessonHeads = progress.lessons.map((lesson, i) => {
    const number = `${lesson.moduleNumber}.${lesson.number}`;
    const label = markup`<span class='sr-only'>Lesson ${number}: ${lesson.title}</span>`;
    return markup`<th scope='col' title='${lesson.title}'${firstOfModule[i]}><span aria-hidden='true'>${number}</span>${label}</th>`;
  });
  const completedOn = (moment: Date): Markup => {
    const title = formatDate(moment, readerZone);
    return markup`<time datetime='${moment.toISOString()}' title='${title}'>${formatShortDate(moment, readerZone)}</time>`;
  };
  const rows = learners.map((learner) => {
    const active = learner.lastActivity
      ? `active ${formatShortDate(learner.lastActivity, readerZone)}`
      : "not active yet";
    const attention = learner.attention.length
      ? markup`<strong>${learner.attention.map((a) => a.text).join(" · ")}</strong>`
      : null;
    const cells = learner.lessons.map((cell, i) => {
      const date = cell.completedAt ? completedOn(cell.completedAt) : null;
      return markup`<td data-state='${cell.state}'${firstOfModule[i]}>${LESSON_STATE_LABELS[cell.state]}${date}</td>`;
    });
    const link = markup`<a href='${learnerHref(cohortId, learner.userId)}'>${learner.name}</a>`;
    return markup`<tr><th scope='row'>${link}<span>${learner.lessonsDone} of ${lessonCount} · ${active}</span>${attention}</th>${cells}</tr>`;
  });
  const caption = `Each learner’s progress, lesson by lesson. Dates are in ${readerZone ?? "UTC"} time.`;
  return markup`<table class='lesson-grid'><caption>${caption}</caption><thead><tr><td rowspan='2'></td>${moduleHeads}</tr><tr>${lessonHeads}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The same progress for a phone: one card per learner, a line per module, nothing to scroll sideways. */
export function learnerCardsHtml({ cohortId, progress, learners, readerZone }: GridInput): Markup {
  const modules = groupByModule(progress);
  const lessonCount = plural(progress.lessons.length, "lesson");
  const icons = Object.fromEntries(
    CARD_ORDER.map((state) => [state, markup`<i data-state='${state}'>${STATE_ICONS[state]}</i>`]),
  ) as Record<LessonState, Markup>;
  const cards = learners.map((learner) => {
    const id = `card-${learner.userId}`;
    const active = learner.lastActivity
      ? `last active ${formatShortDate(learner.lastActivity, readerZone)}`
      : "not active yet";
    const attention = learner.attention.length
      ? markup`<ul class='card-attention'>${learner.attention.map((a) => markup`<li><span aria-hidden='true'>!</span>${a.text}</li>`)}</ul>`
      : null;
    const byModule = modules.map((m) => {
      const cells = learner.lessons.slice(m.first, m.first + m.lessons.length);
      const counts = CARD_ORDER.map((state) => [state, cells.filter((c) => c.state === state).length] as const)
        .filter(([, n]) => n > 0)
        .map(([state, n]) => `${n} ${LESSON_STATE_LABELS[state].toLowerCase()}`);
      const marks = cells.map((c) => icons[c.state]);
      return markup`<li><span>Module ${m.number}</span><span aria-hidden='true'>${marks}</span><span>${counts.join(", ")}</span></li>`;
    });
    const link = markup`<a href='${learnerHref(cohortId, learner.userId)}'>${learner.name}</a>`;
    return markup`<li><article aria-labelledby='${id}'><h3 id='${id}'>${link}</h3><p>${learner.lessonsDone} of ${lessonCount} complete · ${active}</p>${attention}<ul class='card-modules' aria-label='By module'>${byModule}</ul></article></li>`;
  });
  return markup`${cards}`;
}
