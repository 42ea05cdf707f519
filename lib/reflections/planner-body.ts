// A conversation planner's answer is one reflection: its fields written out
// as plain text that reads well wherever an answer is shown as text (the
// journal, compare, revisions, the facilitator's view, exports), and that
// parses back into the same fields for the editor. The format, for fields
// labeled "Opening line" and "My part":
//
//   Opening line:
//   Thanks for making time to talk.
//
//   My part:
//   I sent the codes back with no note.
//
// Each field that has text is written as its label and a colon on a line of
// its own, then its text (trimmed, Windows line breaks made plain); fields
// are separated by one blank line; empty fields are left out. A line of the
// learner's own text that reads exactly like one of the label lines gets a
// backslash in front ("\My part:"), and loses it again when parsed, so such
// a line can never be mistaken for a label. See
// docs/decisions/037-conversation-planner.md. Pure: used by the browser and the server.

export type PlannerField = { id: string; label: string; hint?: string };

/** The line that starts a field. */
export function labelLine(label: string): string {
  return `${label}:`;
}

function plain(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The label line a line would be with its leading backslashes removed, if any. */
function bareLabel(line: string, labels: Set<string>): boolean {
  return labels.has(line.replace(/^\\+/, ""));
}

/** The fields' texts (by position, as in `fields`) as one answer; "" when every field is empty. */
export function serializePlan(fields: readonly PlannerField[], values: readonly string[]): string {
  const labels = new Set(fields.map((f) => labelLine(f.label)));
  const parts: string[] = [];
  fields.forEach((field, index) => {
    const text = plain(values[index] ?? "").trim();
    if (text === "") return;
    const escaped = text
      .split("\n")
      .map((line) => (bareLabel(line, labels) ? `\\${line}` : line))
      .join("\n");
    parts.push(`${labelLine(field.label)}\n${escaped}`);
  });
  return parts.join("\n\n");
}

/**
 * An answer split back into the fields' texts (by position, as in `fields`).
 * Text before the first label line (an answer written before the question
 * was a planner, say) goes to the first field, so no word is ever dropped.
 * A label line seen a second time is kept as text.
 */
export function parsePlan(fields: readonly PlannerField[], body: string): string[] {
  const starts = new Map(fields.map((f, i) => [labelLine(f.label), i]));
  const labels = new Set(starts.keys());
  const lines = fields.map((): string[] => []);
  if (lines.length === 0) return [];
  const seen = new Set<number>();
  let current = 0;
  for (const line of plain(body).split("\n")) {
    const start = starts.get(line);
    if (start !== undefined && !seen.has(start)) {
      seen.add(start);
      current = start;
      continue;
    }
    lines[current]!.push(line.startsWith("\\") && bareLabel(line, labels) ? line.slice(1) : line);
  }
  return lines.map((l) => l.join("\n").trim());
}

/**
 * The answer as labeled parts for showing, or null when it does not read as
 * this planner's answer (no label line at its start): then show it as text.
 */
export function planSections(
  fields: readonly PlannerField[],
  body: string,
): { id: string; label: string; text: string }[] | null {
  const first = plain(body).trimStart().split("\n", 1)[0] ?? "";
  if (!fields.some((f) => labelLine(f.label) === first)) return null;
  const values = parsePlan(fields, body.trimStart());
  return fields.flatMap((f, i) => (values[i] ? [{ id: f.id, label: f.label, text: values[i] }] : []));
}
