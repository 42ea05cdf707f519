// What an author may write: the course, module and lesson metadata, and the
// props of the lesson components. Checked at build time (scripts/check-content.ts
// runs before `next build`) and in tests, so a broken lesson fails with its file
// and field named.
import { z } from "zod";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const REFLECTION_ID = SLUG;
/** The id of a knowledge check or scenario: kebab-case, unique within its lesson. */
export const ITEM_ID = SLUG;
export const ITEM_ID_MAX = 80;
/** The most options a knowledge check or choices a scenario may have. */
export const ITEM_OPTIONS_MAX = 4;
export const TEXT_MAX = 2000;

const text = (max = TEXT_MAX) => z.string().trim().min(1, { message: "must not be empty" }).max(max);

export const CourseSchema = z.strictObject({
  title: text(120),
  tagline: text(200),
  summary: text(800),
  audience: z.array(text(200)).min(1),
  source: z.strictObject({
    title: text(200),
    author: text(120),
    publisher: text(120),
    url: z.url(),
  }),
});
export type CourseMeta = z.infer<typeof CourseSchema>;

export const ModuleMetaSchema = z.strictObject({
  title: text(120),
  summary: text(600),
  order: z.number().int().min(1),
});
export type ModuleMeta = z.infer<typeof ModuleMetaSchema>;

export const LessonFrontmatterSchema = z.strictObject({
  title: text(120),
  summary: text(400),
  minutes: z.number().int().min(1).max(60),
  order: z.number().int().min(1),
  objectives: z.array(text(300)).min(1).max(8),
});
export type LessonFrontmatter = z.infer<typeof LessonFrontmatterSchema>;

export const ReflectionPropsSchema = z.strictObject({
  id: z.string().regex(REFLECTION_ID, { message: "must be kebab-case, like whats-your-part" }).max(80),
  prompt: text(500),
  hint: text(500).optional(),
});
export type ReflectionProps = z.infer<typeof ReflectionPropsSchema>;

/** How good a scenario's choice is, said to the learner in words (components/course/scenario.tsx). */
export const SCENARIO_RATINGS = ["strong", "partial", "none", "worse"] as const;
export type ScenarioRating = (typeof SCENARIO_RATINGS)[number];

const itemId = z
  .string()
  .regex(ITEM_ID, { message: "must be kebab-case, like schedule-change; unique within the lesson" })
  // Room for a follow-up's "-then-N" (followUpId) within ITEM_ID_MAX.
  .max(ITEM_ID_MAX - 8);

const ScenarioChoiceSchema = z.strictObject({
  label: text(400),
  rating: z.enum(SCENARIO_RATINGS, { message: `rating must be one of: ${SCENARIO_RATINGS.join(", ")}` }),
  outcome: text(800),
  why: text(800),
});

const scenarioChoices = <T extends z.ZodType>(choice: T) =>
  z
    .array(choice)
    .min(2, { message: "needs 2 to 4 choices" })
    .max(ITEM_OPTIONS_MAX, { message: "needs 2 to 4 choices" });

/**
 * A second decision that follows one choice: what happens next, and a new set
 * of choices (which do not branch again). The learner sees it once they have
 * made that choice; it is remembered as an item of its own, `followUpId`.
 */
export const ScenarioFollowUpSchema = z.strictObject({
  situation: text(1500),
  choices: scenarioChoices(ScenarioChoiceSchema),
});
export type ScenarioFollowUp = z.infer<typeof ScenarioFollowUpSchema>;

export const ScenarioPropsSchema = z.strictObject({
  /** Remembers a learner's choice across visits (lib/progress/choices.ts); never change it once published. */
  id: itemId,
  title: text(120),
  situation: text(1500),
  choices: scenarioChoices(ScenarioChoiceSchema.extend({ then: ScenarioFollowUpSchema.optional() })),
});
export type ScenarioProps = z.infer<typeof ScenarioPropsSchema>;

export const KnowledgeCheckPropsSchema = z.strictObject({
  /** Remembers a learner's tries across visits (lib/progress/choices.ts); never change it once published. */
  id: itemId,
  question: text(500),
  options: z
    .array(z.strictObject({ label: text(400), correct: z.boolean(), explanation: text(800) }))
    .min(2, { message: "needs 2 to 4 options" })
    .max(ITEM_OPTIONS_MAX, { message: "needs 2 to 4 options" })
    .refine((options) => options.filter((o) => o.correct).length === 1, {
      message: "exactly one option must have correct: true",
    }),
});
export type KnowledgeCheckProps = z.infer<typeof KnowledgeCheckPropsSchema>;

export const CalloutPropsSchema = z.strictObject({
  tone: z.enum(["tip", "note", "caution"]).default("note"),
  title: text(120).optional(),
});

/**
 * Module 4's look-back: a date field that schedules a look-back at the
 * learner's answer to `answer` (a <Reflection id> of the course, checked by
 * scripts/content/check-course.ts). See docs/decisions/031-course-summary-and-plan-look-back.md.
 */
export const PlanLookBackPropsSchema = z.strictObject({
  answer: z.string().regex(REFLECTION_ID, { message: "must be a reflection id, like plan-my-part" }).max(80),
});
export type PlanLookBackProps = z.infer<typeof PlanLookBackPropsSchema>;

export { followUpId } from "./item-ids";

/**
 * A picture drawn for the course (components/course/diagrams/), by name. The
 * names are listed in lib/course/diagrams.ts so the content check can refuse
 * one that does not exist.
 */
export const DiagramPropsSchema = z.strictObject({
  name: z.string().regex(SLUG, { message: "must be a diagram's name, like trust-deposits" }).max(80),
});
export type DiagramProps = z.infer<typeof DiagramPropsSchema>;

/** The most and fewest fields a <Planner> may have. */
export const PLANNER_FIELDS_MIN = 2;
export const PLANNER_FIELDS_MAX = 8;

/**
 * A structured reflection: one answer written in several labeled fields, kept
 * as one entry (lib/reflections/planner-body.ts writes the fields as text). Its
 * id is a reflection id like any other; field ids and labels are unique so the
 * text parses back into the same fields. See docs/decisions/037-conversation-planner.md.
 */
export const PlannerPropsSchema = ReflectionPropsSchema.extend({
  fields: z
    .array(
      z.strictObject({
        id: z.string().regex(SLUG, { message: "must be kebab-case, like opening-line" }).max(40),
        label: z
          .string()
          .trim()
          .min(1, { message: "must not be empty" })
          .max(80)
          .regex(/^[^\n\\:]+$/, { message: "must be one line, without a colon or a backslash" }),
        hint: text(300).optional(),
      }),
    )
    .min(PLANNER_FIELDS_MIN, { message: `needs ${PLANNER_FIELDS_MIN} to ${PLANNER_FIELDS_MAX} fields` })
    .max(PLANNER_FIELDS_MAX, { message: `needs ${PLANNER_FIELDS_MIN} to ${PLANNER_FIELDS_MAX} fields` })
    .refine((fields) => new Set(fields.map((f) => f.id)).size === fields.length, {
      message: "each field id must be unique",
    })
    .refine((fields) => new Set(fields.map((f) => f.label.toLowerCase())).size === fields.length, {
      message: "each field label must be unique",
    }),
});
export type PlannerProps = z.infer<typeof PlannerPropsSchema>;

/**
 * Shows the learner's latest answers to earlier questions (reflection ids of
 * earlier lessons, checked by scripts/content/check-course.ts), read-only.
 */
export const RecallAnswersPropsSchema = z.strictObject({
  title: text(120),
  answers: z
    .array(z.string().regex(REFLECTION_ID, { message: "must be a reflection id, like my-remedy" }).max(80))
    .min(1)
    .max(6),
});
export type RecallAnswersProps = z.infer<typeof RecallAnswersPropsSchema>;

/** Components whose props are checked; the others take only children. */
export const COMPONENT_PROPS = {
  Reflection: ReflectionPropsSchema,
  Scenario: ScenarioPropsSchema,
  KnowledgeCheck: KnowledgeCheckPropsSchema,
  Callout: CalloutPropsSchema,
  PlanLookBack: PlanLookBackPropsSchema,
  Diagram: DiagramPropsSchema,
  KeyIdea: z.strictObject({}),
  FacilitatorNote: z.strictObject({}),
  Source: z.strictObject({}),
  Quote: z.strictObject({}),
  Planner: PlannerPropsSchema,
  RecallAnswers: RecallAnswersPropsSchema,
} as const;
export type LessonComponentName = keyof typeof COMPONENT_PROPS;
