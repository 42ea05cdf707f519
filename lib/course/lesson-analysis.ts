// Reads a lesson's MDX source as a syntax tree (nothing is executed) to find
// the components an author used, with their props, the links, and the
// facilitator notes. Used by the build-time content check and by the guarded
// facilitator-notes route.
import { readFileSync } from "node:fs";
import type { Node as EstreeNode, Program } from "estree";
import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { ContentError, describeIssues, relativeToRoot } from "./content-error";
import { DIAGRAM_NAMES } from "./diagrams";
import {
  COMPONENT_PROPS,
  type DiagramProps,
  type KnowledgeCheckProps,
  type LessonComponentName,
  type PlanLookBackProps,
  type PlannerProps,
  type RecallAnswersProps,
  type ReflectionProps,
  type ScenarioProps,
  followUpId,
} from "./schemas";

/**
 * A knowledge check or scenario, as much as the server needs to check a
 * learner's saved choice against it: its id, how many options it has, and
 * (for a check) which one is right.
 */
export type LessonItem =
  { kind: "check"; id: string; options: number; correct: number } | { kind: "scenario"; id: string; choices: number };

export type LessonAnalysis = {
  reflections: ReflectionProps[];
  /** The knowledge checks and scenarios, in order. */
  items: LessonItem[];
  components: Record<LessonComponentName, number>;
  /** Each <Planner>'s props (each is also one of `reflections`). */
  planners: PlannerProps[];
  /** Each <RecallAnswers>'s props: earlier answers shown again. */
  recalls: RecallAnswersProps[];
  /** Each <PlanLookBack>'s props: the answers whose look-back it schedules. */
  planLookBacks: PlanLookBackProps[];
  links: string[];
  /** The Markdown source of each FacilitatorNote, in order. */
  facilitatorNotes: string[];
  /** The Markdown source of each KeyIdea, in order (the module worksheet shows them). */
  keyIdeas: string[];
  /** Each <KnowledgeCheck>'s and <Scenario>'s props, in order (the content check weighs their answers). */
  knowledgeChecks: KnowledgeCheckProps[];
  scenarios: ScenarioProps[];
  /** The component the lesson ends with (its last block), or null when it ends with prose. */
  endsWith: string | null;
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

class NotLiteral extends Error {}

/** Evaluates an expression made only of literals (arrays, objects, strings, numbers, booleans). */
function literal(node: EstreeNode): unknown {
  switch (node.type) {
    case "Literal":
      return node.value;
    case "TemplateLiteral":
      if (node.expressions.length > 0) throw new NotLiteral();
      return node.quasis.map((q) => q.value.cooked ?? "").join("");
    case "ArrayExpression":
      return node.elements.map((element) => {
        if (!element || element.type === "SpreadElement") throw new NotLiteral();
        return literal(element);
      });
    case "ObjectExpression": {
      const out: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== "Property" || property.computed || property.kind !== "init") throw new NotLiteral();
        const key = property.key.type === "Identifier" ? property.key.name : literal(property.key);
        out[String(key)] = literal(property.value);
      }
      return out;
    }
    case "UnaryExpression":
      if (node.operator === "-" && node.argument.type === "Literal" && typeof node.argument.value === "number") {
        return -node.argument.value;
      }
      throw new NotLiteral();
    default:
      throw new NotLiteral();
  }
}

function attributeValue(attribute: MdxJsxAttribute): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value;
  const program = value.data?.estree as Program | undefined;
  const statement = program?.body[0];
  if (!statement || statement.type !== "ExpressionStatement") throw new NotLiteral();
  return literal(statement.expression);
}

function propsOf(element: JsxElement, where: string, problems: string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== "mdxJsxAttribute") {
      problems.push(`${where}: spread props are not allowed; write each prop out`);
      continue;
    }
    try {
      props[attribute.name] = attributeValue(attribute);
    } catch {
      problems.push(
        `${where}.${attribute.name}: must be plain text, numbers, true/false, or arrays and objects of those`,
      );
    }
  }
  return props;
}

function walk(node: Root | RootContent, visit: (node: Root | RootContent) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

export function analyseLessonSource(source: string, file: string): LessonAnalysis {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source);
  const problems: string[] = [];
  const components = Object.fromEntries(Object.keys(COMPONENT_PROPS).map((k) => [k, 0])) as Record<
    LessonComponentName,
    number
  >;
  const reflections: ReflectionProps[] = [];
  const items: LessonItem[] = [];
  const planLookBacks: PlanLookBackProps[] = [];
  const planners: PlannerProps[] = [];
  const recalls: RecallAnswersProps[] = [];
  const links: string[] = [];
  const facilitatorNotes: string[] = [];
  const keyIdeas: string[] = [];
  const knowledgeChecks: KnowledgeCheckProps[] = [];
  const scenarios: ScenarioProps[] = [];
  const childrenSource = (element: JsxElement): string => {
    const first = element.children[0]?.position?.start.offset;
    const last = element.children.at(-1)?.position?.end.offset;
    return first !== undefined && last !== undefined ? source.slice(first, last).trim() : "";
  };

  walk(tree, (node) => {
    if (node.type === "link") {
      links.push(node.url);
      return;
    }
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const name = node.name ?? "";
    const line = node.position?.start.line ?? 0;
    const where = `line ${line} <${name || "fragment"}>`;
    if (!(name in COMPONENT_PROPS)) {
      problems.push(`${where}: unknown component; use one of ${Object.keys(COMPONENT_PROPS).join(", ")}`);
      return;
    }
    const component = name as LessonComponentName;
    components[component] += 1;
    const parsed = COMPONENT_PROPS[component].safeParse(propsOf(node, where, problems));
    if (!parsed.success) {
      problems.push(...describeIssues(where, parsed.error));
      return;
    }
    if (component === "Reflection") reflections.push(parsed.data as ReflectionProps);
    // A planner is a reflection too: the prompt catalog, journal, search,
    // sharing, compare and export know it by its id like any other.
    if (component === "Planner") {
      const planner = parsed.data as PlannerProps;
      planners.push(planner);
      reflections.push({ id: planner.id, prompt: planner.prompt, ...(planner.hint ? { hint: planner.hint } : {}) });
    }
    if (component === "RecallAnswers") recalls.push(parsed.data as RecallAnswersProps);
    if (component === "KnowledgeCheck") {
      const { id, options } = parsed.data as KnowledgeCheckProps;
      knowledgeChecks.push(parsed.data as KnowledgeCheckProps);
      items.push({ kind: "check", id, options: options.length, correct: options.findIndex((o) => o.correct) });
    }
    if (component === "Scenario") {
      const { id, choices } = parsed.data as ScenarioProps;
      scenarios.push(parsed.data as ScenarioProps);
      items.push({ kind: "scenario", id, choices: choices.length });
      choices.forEach((choice, index) => {
        if (choice.then)
          items.push({ kind: "scenario", id: followUpId(id, index), choices: choice.then.choices.length });
      });
    }
    if (component === "PlanLookBack") planLookBacks.push(parsed.data as PlanLookBackProps);
    if (component === "Diagram") {
      const { name } = parsed.data as DiagramProps;
      if (!DIAGRAM_NAMES.includes(name))
        problems.push(`${where}: no diagram is named "${name}"; use one of ${DIAGRAM_NAMES.join(", ")}`);
    }
    if (component === "FacilitatorNote") facilitatorNotes.push(childrenSource(node));
    if (component === "KeyIdea") keyIdeas.push(childrenSource(node));
  });

  if (problems.length > 0) throw new ContentError(relativeToRoot(file), problems);
  const lastBlock = tree.children.at(-1);
  const endsWith = lastBlock?.type === "mdxJsxFlowElement" ? (lastBlock.name ?? null) : null;
  return {
    reflections,
    items,
    components,
    planLookBacks,
    planners,
    recalls,
    links,
    facilitatorNotes,
    keyIdeas,
    knowledgeChecks,
    scenarios,
    endsWith,
  };
}

export function analyseLessonFile(file: string): LessonAnalysis {
  return analyseLessonSource(readFileSync(file, "utf8"), file);
}
