import { describe, expect, it } from "vitest";
import { getCourse, type Course, type Lesson } from "@/lib/course/catalog";
import { getPrompts } from "@/lib/course/prompts";
import { COHORT_WEEKS, WORKSHOP_MINUTES, WORKSHOP_STEPS } from "../_content/guide";
import { cohortWeeks, notesByModule, resolveRef, workshopRows } from "./guide";

const course = getCourse();

/** The course with one more lesson at the end of module `number`, as when a lesson is added. */
function withExtraLesson(base: Course, number: number): { course: Course; added: Lesson } {
  const home = base.modules.find((m) => m.number === number)!;
  const added: Lesson = {
    ...home.lessons[0]!,
    key: `${home.slug}/an-added-lesson`,
    slug: "an-added-lesson",
    title: "An added lesson",
    href: `/learn/${home.slug}/an-added-lesson`,
    minutes: 7,
    order: home.lessons.length + 1,
  };
  const modules = base.modules.map((m) =>
    m.number === number ? { ...m, lessons: [...m.lessons, added], minutes: m.minutes + added.minutes } : m,
  );
  const lessons = modules.flatMap((m) => m.lessons);
  return { course: { ...base, modules, lessons, minutes: base.minutes + added.minutes }, added };
}

describe("the workshop plan", () => {
  it("fills the session from the first minute to the last, without gaps or overlaps", () => {
    expect(WORKSHOP_STEPS[0]?.start).toBe(0);
    for (const [i, step] of WORKSHOP_STEPS.entries()) {
      expect(step.end, step.activity).toBeGreaterThan(step.start);
      if (i > 0) expect(step.start, step.activity).toBe(WORKSHOP_STEPS[i - 1]?.end);
    }
    expect(WORKSHOP_STEPS.at(-1)?.end).toBe(WORKSHOP_MINUTES);
    const rows = workshopRows(course, getPrompts(), WORKSHOP_STEPS);
    expect(rows.reduce((sum, row) => sum + row.minutes, 0)).toBe(90);
  });

  it("points only at lessons and prompts the course has, with their current words", () => {
    const prompts = getPrompts();
    const rows = workshopRows(course, prompts, WORKSHOP_STEPS);
    for (const [i, step] of WORKSHOP_STEPS.entries()) {
      const row = rows[i]!;
      if (!step.use) {
        expect(row.use, step.activity).toBeNull();
        continue;
      }
      const lesson = course.lessons.find((l) => l.key === step.use?.lesson);
      expect(lesson, `${step.activity}: lesson ${step.use.lesson}`).toBeDefined();
      expect(row.use?.title).toBe(lesson?.title);
      expect(row.use?.href).toBe(lesson?.href);
      if (step.use.prompt) {
        const prompt = prompts.get(step.use.prompt);
        expect(prompt?.lesson.key, `${step.activity}: prompt ${step.use.prompt}`).toBe(step.use.lesson);
        expect(row.use?.prompt).toBe(prompt?.prompt);
      }
    }
  });

  it("names a lesson by its module and place, and leaves out what the course no longer has", () => {
    const { course: longer, added } = withExtraLesson(course, 3);
    const third = longer.modules.find((m) => m.number === 3)!;
    expect(resolveRef(longer, new Map(), { lesson: added.key })).toMatchObject({
      number: `3.${third.lessons.length}`,
      title: "An added lesson",
      href: added.href,
      minutes: 7,
    });
    expect(resolveRef(longer, new Map(), { lesson: "no-such-module/no-such-lesson" })).toBeNull();
    expect(resolveRef(longer, new Map(), undefined)).toBeNull();
    // A prompt id that now belongs to another lesson is dropped; the lesson stays.
    const elsewhere = new Map([["moved", { prompt: "Somewhere else?", lesson: { key: course.lessons[0]!.key } }]]);
    const resolved = resolveRef(longer, elsewhere, { lesson: added.key, prompt: "moved" });
    expect(resolved?.title).toBe("An added lesson");
    expect(resolved).not.toHaveProperty("prompt");
  });
});

describe("the four-week cohort plan", () => {
  it("assigns every module of the course once, in order, each due a week after the last", () => {
    const weeks = cohortWeeks(course, COHORT_WEEKS);
    const assigned = weeks.flatMap((w) => (w.module ? [w.module.number] : []));
    expect(assigned).toEqual(course.modules.map((m) => m.number));
    const dues = COHORT_WEEKS.flatMap((w) => (w.dueDay === undefined ? [] : [w.dueDay]));
    expect(dues).toEqual([7, 14, 21, 28]);
    for (const week of weeks) {
      if (!week.module) continue;
      const found = course.modules.find((m) => m.number === week.module?.number)!;
      expect(week.module).toEqual({
        number: found.number,
        title: found.title,
        href: found.href,
        minutes: found.minutes,
        lessons: found.lessons.length,
      });
    }
  });

  it("counts a module's lessons and minutes from the course, so an added lesson shows", () => {
    const { course: longer, added } = withExtraLesson(course, 3);
    const before = cohortWeeks(course, COHORT_WEEKS).find((w) => w.module?.number === 3)!.module!;
    const after = cohortWeeks(longer, COHORT_WEEKS).find((w) => w.module?.number === 3)!.module!;
    expect(after.lessons).toBe(before.lessons + 1);
    expect(after.minutes).toBe(before.minutes + added.minutes);
  });
});

describe("discussion questions by module", () => {
  it("lists every lesson of the course under its module, in order, with its notes", () => {
    const { course: longer, added } = withExtraLesson(course, 3);
    const modules = notesByModule(longer, (lesson) =>
      lesson.key === added.key
        ? [[]]
        : [[{ type: "paragraph", text: `About ${lesson.title}` }], [{ type: "list", items: ["one", "two"] }]],
    );
    expect(modules.map((m) => m.title)).toEqual(longer.modules.map((m) => m.title));
    expect(modules.flatMap((m) => m.lessons.map((l) => l.key))).toEqual(longer.lessons.map((l) => l.key));
    const first = modules[0]!.lessons[0]!;
    expect(first.number).toBe("1.1");
    expect(first.notes).toEqual([
      [{ type: "paragraph", text: `About ${first.title}` }],
      [{ type: "list", items: ["one", "two"] }],
    ]);
    // A lesson whose note is empty (or missing) has no notes, so the page says so.
    const addedNotes = modules.flatMap((m) => m.lessons).find((l) => l.key === added.key);
    expect(addedNotes?.notes).toEqual([]);
  });
});
