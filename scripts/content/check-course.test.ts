import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR, loadCourse } from "../../lib/course/catalog";
import { answerCueLines } from "./answer-cues";
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

  it("keeps the second edition's rules: honest checks, branching scenarios, safety, quotes marked (issue 14)", () => {
    const { course, analyses, answerCues } = checkCourse();
    // Answers that give themselves away: within the rule, and the right answer sits first and last somewhere.
    expect(answerCues.warnings).toEqual([]);
    expect(answerCues.longest).toBeLessThanOrEqual(answerCues.decisions / 2);
    expect(answerCues.positions.first).toBeGreaterThan(0);
    expect(answerCues.positions.last).toBeGreaterThan(0);
    const all = [...analyses.values()];
    // The screen already says "Best answer": no explanation opens with another verdict.
    const explanations = all.flatMap((a) => [
      ...a.knowledgeChecks.flatMap((c) => c.options.map((o) => o.explanation)),
      ...a.scenarios.flatMap((s) => s.choices.flatMap((c) => [c.why, ...(c.then?.choices.map((n) => n.why) ?? [])])),
    ]);
    expect(explanations.filter((e) => /^(right|correct|wrong)\b/i.test(e))).toEqual([]);
    // At least two scenarios lead to a second decision.
    expect(all.flatMap((a) => a.scenarios).filter((s) => s.choices.some((c) => c.then)).length).toBeGreaterThanOrEqual(2);
    // Every lesson has a Key Idea and ends with the credit.
    for (const analysis of all) {
      expect(analysis.keyIdeas.length).toBeGreaterThan(0);
      expect(analysis.endsWith).toBe("Source");
    }
    const sources = course.lessons.map((l) => ({ key: l.key, text: readFileSync(l.file, "utf8") }));
    // Module 2, where self-blame is most likely, opens with a caution naming harm and where to turn.
    const moduleTwo = course.modules[1]!.lessons.map((l) => readFileSync(l.file, "utf8")).join("\n");
    expect(moduleTwo).toMatch(/<Callout tone="caution"/);
    for (const word of ["bullying", "harass", "retaliat", "power", "HR", "employee assistance program"])
      expect(moduleTwo).toContain(word);
    // Idioms that trip second-language readers, and the look-back that invited answering at once.
    const everything = sources.map((s) => s.text).join("\n");
    for (const phrase of ["stepped on your toes", "take the heat", "clear the air", "at arm's length", "imagine that it is"])
      expect(everything).not.toContain(phrase);
    // The source's signature questions appear only inside <Quote>, credited in the sentence around them.
    const unquoted = everything.replace(/<Quote>[\s\S]*?<\/Quote>/g, "");
    for (const phrase of ["checking in with yourself first", "How might you have contributed", "placing all the ownership"])
      expect(unquoted).not.toContain(phrase);
    expect(everything).toMatch(/Halelly Azulay[^\n]*<Quote>/);
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

/** A small course of its own (one module, one or more lessons), written to a temporary folder. */
function fixtureCourse(lessons: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fixture-course-"));
  const moduleDir = path.join(dir, "modules", "01-first-steps");
  mkdirSync(moduleDir, { recursive: true });
  writeFileSync(
    path.join(dir, "course.json"),
    JSON.stringify({
      title: "A fixture course",
      tagline: "Only for tests.",
      summary: "A course made up for a test.",
      audience: ["Tests"],
      source: { title: "A post", author: "An author", publisher: "A publisher", url: "https://example.org/post" },
    }),
  );
  writeFileSync(
    path.join(moduleDir, "module.json"),
    JSON.stringify({ title: "First steps", summary: "The first steps.", order: 1 }),
  );
  Object.entries(lessons).forEach(([slug, body], index) => {
    const order = index + 1;
    writeFileSync(
      path.join(moduleDir, `0${order}-${slug}.mdx`),
      `---\ntitle: "Lesson ${order}"\nsummary: "A lesson."\nminutes: 5\norder: ${order}\nobjectives:\n  - "Read it"\n---\n\n${body}\n`,
    );
  });
  return dir;
}

const PARTS = {
  keyIdea: "<KeyIdea>\nThe main point.\n</KeyIdea>",
  reflection: (id: string) => `<Reflection id="${id}" prompt="What do you think?" />`,
  source: "<Source />",
};

/** A knowledge check whose options are the labels given; `right` is the correct one. */
function check(id: string, labels: string[], right: number): string {
  const options = labels.map(
    (label, index) => `{ label: "${label}", correct: ${index === right}, explanation: "Because." }`,
  );
  return `<KnowledgeCheck id="${id}" question="Which one?" options={[${options.join(", ")}]} />`;
}

/** A scenario's choices: label and rating, each with an optional follow-up written the same way. */
type ChoiceSpec = [label: string, rating: string, then?: [string, string][]];
function choicesOf(choices: [string, string, unknown?][]): string {
  return choices
    .map(([label, rating, then]) => {
      const next = then
        ? `, then: { situation: "Then this happens.", choices: [${choicesOf(then as [string, string][])}] }`
        : "";
      return `{ label: "${label}", rating: "${rating}", outcome: "It goes.", why: "Because."${next} }`;
    })
    .join(", ");
}
function scenario(id: string, choices: ChoiceSpec[]): string {
  return `<Scenario id="${id}" title="A day" situation="Something happens." choices={[${choicesOf(choices)}]} />`;
}

const lesson = (...parts: string[]) => parts.join("\n\n");

describe("a fixture course", () => {
  it("is accepted when each lesson has a Key Idea, a reflection and ends with the Source credit", () => {
    const dir = fixtureCourse({
      one: lesson(PARTS.keyIdea, check("pick", ["Yes", "No"], 0), PARTS.reflection("a"), PARTS.source),
      two: lesson(PARTS.keyIdea, scenario("day", [["Go", "strong"], ["Stay", "worse"]]), PARTS.reflection("b"), PARTS.source),
    });
    const report = checkCourse(dir);
    expect(report.course.lessons.map((l) => l.title)).toEqual(["Lesson 1", "Lesson 2"]);
    expect(report.analyses.get("first-steps/one")!.keyIdeas).toEqual(["The main point."]);
  });

  it("names each lesson without a <KeyIdea> or without the <Source /> credit at its end", () => {
    const dir = fixtureCourse({
      one: lesson(check("pick", ["Yes", "No"], 0), PARTS.reflection("a"), PARTS.source),
      two: lesson(PARTS.keyIdea, scenario("day", [["Go", "strong"], ["Stay", "worse"]]), PARTS.reflection("b")),
      three: lesson(PARTS.keyIdea, PARTS.source, PARTS.reflection("c")),
      four: lesson(PARTS.keyIdea, PARTS.reflection("d"), PARTS.source, PARTS.source),
    });
    const message = problemsOf(() => checkCourse(dir));
    expect(message).toMatch(/01-one\.mdx: every lesson needs a <KeyIdea>/);
    expect(message).not.toMatch(/0[234]-\w+\.mdx: every lesson needs a <KeyIdea>/);
    expect(message).not.toMatch(/01-one\.mdx: every lesson ends with one <Source \/>/);
    for (const file of ["02-two", "03-three", "04-four"])
      expect(message).toContain(`${file}.mdx: every lesson ends with one <Source />`);
  });

  it("refuses a lesson named like a page of every module (its worksheet)", () => {
    const dir = fixtureCourse({
      worksheet: lesson(PARTS.keyIdea, check("pick", ["Yes", "No"], 0), PARTS.reflection("a"), PARTS.source),
      two: lesson(PARTS.keyIdea, scenario("day", [["Go", "strong"], ["Stay", "worse"]]), PARTS.reflection("b"), PARTS.source),
    });
    expect(problemsOf(() => checkCourse(dir))).toContain(`01-worksheet.mdx: a lesson can't be named "worksheet"`);
  });

  it("counts, for each check and scenario decision, whether the right answer is the longest and where it stands", () => {
    const dir = fixtureCourse({
      one: lesson(
        PARTS.keyIdea,
        // Right answer longest, in the middle.
        check("longest-middle", ["Short", "The longest option of all", "Mid length"], 1),
        // Right answer first; another option is longer.
        check("first", ["Right", "A longer wrong one"], 0),
        // Two options equally long: not "strictly the longest".
        check("tie-last", ["Same", "Also"], 1),
        PARTS.reflection("a"),
        PARTS.source,
      ),
      two: lesson(
        PARTS.keyIdea,
        // Best is "partial" (no strong choice), the longest and last; its first choice leads to a
        // follow-up whose best ("strong") is first and not the longest.
        scenario("day", [
          ["Do nothing at all", "none", [["Ask", "strong"], ["Shout at them loudly", "worse"]]],
          ["Make it worse", "worse"],
          ["Help a little bit today", "partial"],
        ]),
        PARTS.reflection("b"),
        PARTS.source,
      ),
    });
    const { answerCues } = checkCourse(dir);
    expect(answerCues.items).toEqual([
      { lesson: "first-steps/one", id: "longest-middle", longest: true, position: "middle" },
      { lesson: "first-steps/one", id: "first", longest: false, position: "first" },
      { lesson: "first-steps/one", id: "tie-last", longest: false, position: "last" },
      { lesson: "first-steps/two", id: "day", longest: true, position: "last" },
      { lesson: "first-steps/two", id: "day-then-1", longest: false, position: "first" },
    ]);
    expect(answerCues).toMatchObject({ decisions: 5, longest: 2, positions: { first: 2, middle: 1, last: 2 } });
    expect(answerCues.warnings).toEqual([]);
    expect(answerCueLines(answerCues)).toEqual([
      "Answer cues: correct option longest in 2 of 5 checks and scenarios (rule: at most half); position first 2, middle 1, last 2.",
    ]);
  });

  it("warns, without failing, when the right answer is longest in more than half, or never first, or never last", () => {
    const dir = fixtureCourse({
      one: lesson(
        PARTS.keyIdea,
        check("a", ["No", "The right one, longest", "Nope"], 1),
        check("b", ["No", "The right one, longest"], 1),
        check("c", ["Short", "Right", "Shorter wrong"], 1),
        PARTS.reflection("a"),
        PARTS.source,
      ),
      two: lesson(PARTS.keyIdea, scenario("day", [["Go", "worse"], ["Stay with them", "strong"], ["X", "none"]]), PARTS.reflection("b"), PARTS.source),
    });
    const { answerCues } = checkCourse(dir);
    expect(answerCues).toMatchObject({ decisions: 4, longest: 3, positions: { first: 0, middle: 3, last: 1 } });
    expect(answerCueLines(answerCues)).toEqual([
      "Answer cues: correct option longest in 3 of 4 checks and scenarios (rule: at most half); position first 0, middle 3, last 1.",
      "WARNING (answer cues): the right answer is the longest option in 3 of 4, more than half: first-steps/one a, first-steps/one b, first-steps/two day.",
      "WARNING (answer cues): the right answer is never the first option.",
    ]);
  });
});
