// Ids the lesson islands compute in the browser. Kept apart from
// lib/course/schemas.ts, whose zod schemas would bring zod (about 30 KB
// gzipped) into every lesson's JavaScript with them (decision 053).

/** The id a scenario's follow-up decision is remembered by: the choice that leads to it, counted from 1. */
export function followUpId(scenarioId: string, choiceIndex: number): string {
  return `${scenarioId}-then-${choiceIndex + 1}`;
}
