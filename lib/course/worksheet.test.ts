import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getCourse } from "./catalog";
import { analyseLessonSource } from "./lesson-analysis";
import { keyIdeaText, worksheetOf } from "./worksheet";

describe("a module's worksheet", () => {
  it("reads each Key Idea's Markdown as text, quoted words marked, emphasis and links dropped", () => {
    const { keyIdeas } = analyseLessonSource(
      `Intro.\n\n<KeyIdea>\nStart with **your** part. As Halelly Azulay asks, <Quote>Am I checking in with myself first?</Quote>\n\nThen [listen](/learn).\n</KeyIdea>\n\n<KeyIdea>Second idea.</KeyIdea>\n`,
      "fixture.mdx",
    );
    expect(keyIdeas).toEqual([
      "Start with **your** part. As Halelly Azulay asks, <Quote>Am I checking in with myself first?</Quote>\n\nThen [listen](/learn).",
      "Second idea.",
    ]);
    expect(keyIdeas.map(keyIdeaText)).toEqual([
      [
        { text: "Start with your part. As Halelly Azulay asks, ", quote: false },
        { text: "Am I checking in with myself first?", quote: true },
        { text: " Then listen.", quote: false },
      ],
      [{ text: "Second idea.", quote: false }],
    ]);
  });

  it("lists every lesson of the module with its Key Idea, and every reflection prompt with its hint", () => {
    const courseModule = getCourse().modules[0]!;
    const worksheet = worksheetOf(courseModule);
    expect(worksheet.lessons.map((l) => l.title)).toEqual(courseModule.lessons.map((l) => l.title));
    for (const lesson of worksheet.lessons) expect(lesson.keyIdeas.length).toBeGreaterThan(0);
    // Every <Reflection> of the module's files, in order, by the id written on it.
    const ids = courseModule.lessons.flatMap((lesson) =>
      [...readFileSync(lesson.file, "utf8").matchAll(/<Reflection\s+id="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(worksheet.prompts.map((p) => p.id)).toEqual(ids);
    for (const prompt of worksheet.prompts) expect(prompt.prompt.length).toBeGreaterThan(0);
    expect(worksheet.prompts.length).toBeGreaterThan(0);
  });
});
