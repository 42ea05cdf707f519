// A module's worksheet, for people who work on paper or in a workshop
// (app/(course)/learn/[module]/worksheet): each lesson's title and Key Idea,
// and every reflection prompt of the module with its hint. Read from the MDX
// at build time, like the prompts (prompts.ts); no learner's data.
import type { PhrasingContent, RootContent } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { CourseModule } from "./catalog";
import { analyseLessonFile } from "./lesson-analysis";

/** A piece of a Key Idea's text: our own words, or words quoted from the source post (<Quote>). */
export type TextPart = { text: string; quote: boolean };

export type Worksheet = {
  lessons: { key: string; order: number; title: string; keyIdeas: TextPart[][] }[];
  prompts: { id: string; prompt: string; hint?: string; lessonTitle: string }[];
};

function partsOf(nodes: readonly (RootContent | PhrasingContent)[], quote: boolean): TextPart[] {
  return nodes.flatMap((node): TextPart[] => {
    if (node.type === "text" || node.type === "inlineCode") return [{ text: node.value, quote }];
    if (node.type === "break") return [{ text: " ", quote }];
    if ((node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") && node.name === "Quote")
      return partsOf(node.children, true);
    if (node.type === "paragraph" || node.type === "heading")
      return [...partsOf(node.children, quote), { text: " ", quote }];
    return "children" in node ? partsOf(node.children, quote) : [];
  });
}

/**
 * A Key Idea's Markdown as plain text in parts, quoted words marked, emphasis
 * and links dropped, paragraphs run together; neighbouring parts of the same
 * kind are joined.
 */
export function keyIdeaText(markdown: string): TextPart[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(markdown);
  const joined: TextPart[] = [];
  for (const part of partsOf(tree.children, false)) {
    const last = joined.at(-1);
    if (last && last.quote === part.quote) last.text += part.text;
    else joined.push({ ...part });
  }
  for (const part of joined) part.text = part.text.replace(/\s+/g, " ");
  if (joined[0]) joined[0].text = joined[0].text.trimStart();
  const last = joined.at(-1);
  if (last) last.text = last.text.trimEnd();
  return joined.filter((part) => part.text !== "");
}

const cache = new Map<string, Worksheet>();

/** The worksheet of one module of the course. */
export function worksheetOf(courseModule: CourseModule): Worksheet {
  let worksheet = cache.get(courseModule.slug);
  if (!worksheet) {
    const analysed = courseModule.lessons.map((lesson) => ({ lesson, analysis: analyseLessonFile(lesson.file) }));
    worksheet = {
      lessons: analysed.map(({ lesson, analysis }) => ({
        key: lesson.key,
        order: lesson.order,
        title: lesson.title,
        keyIdeas: analysis.keyIdeas.map(keyIdeaText),
      })),
      prompts: analysed.flatMap(({ lesson, analysis }) =>
        analysis.reflections.map((r) => ({ id: r.id, prompt: r.prompt, hint: r.hint, lessonTitle: lesson.title })),
      ),
    };
    cache.set(courseModule.slug, worksheet);
  }
  return worksheet;
}
