import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR, loadCourse } from "../../lib/course/catalog";
import { checkCourse } from "./check-course";
import { ContentError } from "../../lib/course/content-error";

/** A copy of the real content that a test can break. */
function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "content-"));
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

function edit(dir: string, relative: string, change: (text: string) => string): void {
  const file = path.join(dir, relative);
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

function problemsOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error("expected a ContentError");
}

const LESSON = "modules/01-trust-is-fragile/02-how-trust-breaks.mdx";

describe("the course in content/", () => {
  it("has four modules of two to four lessons, each with a reflection, each module with a scenario and a check", () => {
    const { course, analyses, reflectionIds } = checkCourse();
    expect(course.modules.map((m) => m.title)).toEqual([
      "Trust is fragile",
      "Check yourself first",
      "Own your part",
      "Your turn",
    ]);
    for (const courseModule of course.modules) {
      expect(courseModule.lessons.length).toBeGreaterThanOrEqual(2);
      expect(courseModule.lessons.length).toBeLessThanOrEqual(4);
      const counts = courseModule.lessons.map((l) => analyses.get(l.key)!.components);
      expect(counts.some((c) => c.Scenario > 0)).toBe(true);
      expect(counts.some((c) => c.KnowledgeCheck > 0)).toBe(true);
      for (const lesson of courseModule.lessons) {
        expect(lesson.minutes).toBeGreaterThanOrEqual(5);
        expect(lesson.minutes).toBeLessThanOrEqual(12);
        expect(analyses.get(lesson.key)!.reflections.length).toBeGreaterThan(0);
      }
    }
    expect(new Set(reflectionIds).size).toBe(reflectionIds.length);
    const prompts = [...analyses.values()].flatMap((a) => a.reflections.map((r) => r.prompt));
    expect(prompts).toContain("What's your part?");
  });

  it("names the file and field of a broken frontmatter", () => {
    const dir = contentCopy();
    edit(dir, LESSON, (t) => t.replace(/minutes: \d+/, 'minutes: "nine"'));
    const message = problemsOf(() => loadCourse(dir));
    expect(message).toContain("02-how-trust-breaks.mdx");
    expect(message).toContain("frontmatter.minutes");
  });

  it("names a missing field", () => {
    const dir = contentCopy();
    edit(dir, LESSON, (t) => t.replace(/^summary: .*$/m, ""));
    expect(problemsOf(() => loadCourse(dir))).toMatch(/02-how-trust-breaks\.mdx[\s\S]*frontmatter\.summary/);
  });

  it("refuses a reflection id used twice", () => {
    const dir = contentCopy();
    edit(dir, LESSON, (t) => t.replace('id="moment-trust-dipped"', 'id="whats-your-part"'));
    expect(problemsOf(() => checkCourse(dir))).toContain('Reflection id "whats-your-part" is already used');
  });

  it("refuses a check or scenario without an id, or with an id used twice in the lesson", () => {
    const dir = contentCopy();
    edit(dir, "modules/03-own-your-part/03-it-takes-two.mdx", (t) =>
      t.replace('id="why-start-with-your-part"', 'id="opening-the-conversation"'),
    );
    expect(problemsOf(() => checkCourse(dir))).toContain(
      '03-it-takes-two.mdx: KnowledgeCheck id "opening-the-conversation" is used twice',
    );
    edit(dir, LESSON, (t) => t.replace('  id="schedule-change"\n', ""));
    expect(problemsOf(() => checkCourse(dir))).toMatch(/02-how-trust-breaks\.mdx[\s\S]*<Scenario>\.id/);
  });

  it("allows the same check id in two different lessons", () => {
    const dir = contentCopy();
    edit(dir, "modules/01-trust-is-fragile/03-harder-to-rebuild.mdx", (t) =>
      t.replace('id="hardest-to-repair"', 'id="schedule-change"'),
    );
    expect(() => checkCourse(dir)).not.toThrow();
  });

  it("refuses an internal link that leads nowhere", () => {
    const dir = contentCopy();
    edit(dir, LESSON, (t) => `${t}\n\nSee [this](/learn/trust-is-fragile/no-such-lesson).\n`);
    expect(problemsOf(() => checkCourse(dir))).toContain("link /learn/trust-is-fragile/no-such-lesson does not lead");
  });

  it("checks component props: a knowledge check needs exactly one right answer", () => {
    const dir = contentCopy();
    edit(dir, "modules/01-trust-is-fragile/03-harder-to-rebuild.mdx", (t) =>
      t.replaceAll("correct: false", "correct: true"),
    );
    const message = problemsOf(() => checkCourse(dir));
    expect(message).toContain("03-harder-to-rebuild.mdx");
    expect(message).toContain("<KnowledgeCheck>.options: exactly one option must have correct: true");
  });

  it("refuses unknown components and non-literal props", () => {
    const dir = contentCopy();
    edit(dir, LESSON, (t) => `${t}\n\n<Quiz />\n\n<Reflection id={makeId()} prompt="Why?" />\n`);
    const message = problemsOf(() => checkCourse(dir));
    expect(message).toContain("<Quiz>: unknown component");
    expect(message).toContain("<Reflection>.id: must be plain text");
  });

  it("refuses a page of the course that imports anything but components, such as server code", () => {
    const dir = contentCopy();
    edit(dir, LESSON, (t) => t.replace(/^(---\n[\s\S]*?\n---\n)/, '$1\nimport { db } from "@/lib/db/client";\n'));
    edit(dir, "about.mdx", (t) => `import { Callout } from "@/components/course/callout";\n\n${t}`);
    const message = problemsOf(() => checkCourse(dir));
    expect(message).toContain(`${LESSON}: imports "@/lib/db/client"; pages of the course may import only from components/`);
    expect(message).not.toContain("about.mdx");
  });
  it("refuses a <PlanLookBack> whose answer is not a question of that lesson or an earlier one", () => {
    const dir = contentCopy();
    const last = "modules/04-your-turn/03-look-back-and-keep-going.mdx";
    edit(dir, last, (t) => t.replace('<PlanLookBack answer="plan-my-part" />', '<PlanLookBack answer="plan-no-such" />'));
    edit(dir, LESSON, (t) => `${t}\n\n<PlanLookBack answer="course-takeaway" />\n`);
    const message = problemsOf(() => checkCourse(dir));
    expect(message).toContain('<PlanLookBack answer="plan-no-such"> must name a Reflection id');
    expect(message).toContain('02-how-trust-breaks.mdx: <PlanLookBack answer="course-takeaway"> must name');

    const other = contentCopy();
    edit(other, LESSON, (t) => `${t}\n\n<PlanLookBack answer="Not An Id" />\n`);
    expect(problemsOf(() => checkCourse(other))).toContain("<PlanLookBack>.answer: must be a reflection id");
  });
});
