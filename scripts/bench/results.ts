// The results object before anything is measured: figures not asked for say
// so, and figures asked for start as "pending" until a phase fills them in.
// If a phase stops early, its pending figures take the reason it stopped.
import type { BenchResults, Maybe, Unavailable } from "./figures";
import { unavailable } from "./figures";
import type { ScenarioName } from "./options";
import { LESSON_PATH } from "./paths";

const PENDING = "pending";

export function initialResults(only: ReadonlySet<ScenarioName>): BenchResults {
  const slot = (name: ScenarioName): Unavailable => unavailable(only.has(name) ? PENDING : "not run (--only)");
  const lesson = slot("lesson");
  const scale = slot("scale");
  // Section 8 (decision 069) runs a page on two instances when both are asked for.
  const both = (a: ScenarioName, b: ScenarioName): Unavailable =>
    unavailable(only.has(a) && only.has(b) ? PENDING : "not run (--only)");
  return {
    lesson: {
      path: LESSON_PATH,
      cacheControl: lesson,
      next: lesson,
      nginx: lesson,
      nodeStatic: lesson,
      proxyCache: lesson,
    },
    dashboard: slot("dashboard"),
    cohort: slot("cohort"),
    autosave: { sqlite: slot("autosave"), postgresql: slot("autosave") },
    pageWeight: slot("weight"),
    journal: slot("journal"),
    floors: {
      autosaveSqlite: slot("autosave"),
      autosavePostgresql: slot("autosave"),
      dashboard: slot("dashboard"),
      journal: slot("journal"),
      cohort: slot("cohort"),
      framework: slot("dashboard"),
    },
    scale: {
      lessonOne: scale,
      lessonTwo: scale,
      autosaveOne: scale,
      autosaveTwo: scale,
      pagesTwo: {
        dashboard: both("scale", "dashboard"),
        journal: both("scale", "journal"),
        cohort: both("scale", "cohort"),
      },
    },
  };
}

function settle<T>(figure: Maybe<T>, reason: string): Maybe<T> {
  return !figure.available && figure.reason === PENDING ? unavailable(reason) : figure;
}

/** Gives every figure still pending the reason it was not measured. */
export function settlePending(results: BenchResults, reason: string): void {
  const { lesson, autosave, scale } = results;
  lesson.cacheControl = settle(lesson.cacheControl, reason);
  lesson.next = settle(lesson.next, reason);
  lesson.nginx = settle(lesson.nginx, reason);
  lesson.nodeStatic = settle(lesson.nodeStatic, reason);
  lesson.proxyCache = settle(lesson.proxyCache, reason);
  results.dashboard = settle(results.dashboard, reason);
  results.cohort = settle(results.cohort, reason);
  autosave.sqlite = settle(autosave.sqlite, reason);
  autosave.postgresql = settle(autosave.postgresql, reason);
  results.pageWeight = settle(results.pageWeight, reason);
  results.journal = settle(results.journal, reason);
  const { floors } = results;
  floors.autosaveSqlite = settle(floors.autosaveSqlite, reason);
  floors.autosavePostgresql = settle(floors.autosavePostgresql, reason);
  floors.dashboard = settle(floors.dashboard, reason);
  floors.journal = settle(floors.journal, reason);
  floors.cohort = settle(floors.cohort, reason);
  floors.framework = settle(floors.framework, reason);
  scale.lessonOne = settle(scale.lessonOne, reason);
  scale.lessonTwo = settle(scale.lessonTwo, reason);
  scale.autosaveOne = settle(scale.autosaveOne, reason);
  scale.autosaveTwo = settle(scale.autosaveTwo, reason);
  if (scale.pagesTwo) {
    scale.pagesTwo.dashboard = settle(scale.pagesTwo.dashboard, reason);
    scale.pagesTwo.journal = settle(scale.pagesTwo.journal, reason);
    scale.pagesTwo.cohort = settle(scale.pagesTwo.cohort, reason);
  }
}
