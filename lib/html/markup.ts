// HTML built as a string, for the few places where a page shows hundreds of
// near-identical elements and React's per-element cost dominates the request
// (the cohort overview's grid: docs/decisions/055-the-cohort-grid-as-markup.md).
// Every value put into a template is escaped unless it is already Markup made
// here, so a learner's name can never become a tag or leave an attribute.
// Pure; safe anywhere.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;

/** Text made safe for an element's content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}

/** A piece of HTML this module built (or escaped): the only thing `markup` puts in unescaped. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type MarkupValue = Markup | string | number | null | undefined | false | readonly MarkupValue[];

function render(value: MarkupValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return (value as readonly MarkupValue[]).map(render).join("");
  return escapeHtml(String(value));
}

/**
 * A tagged template: markup`<a href="${href}">${name}</a>`. Strings and numbers
 * are escaped; Markup and arrays of it go in as they are; null, undefined and
 * false leave nothing. Attribute values must be written in quotes, single or
 * double (both are escaped).
 * (Not named `html`: Prettier would reformat such templates as HTML and add
 * whitespace to the text.)
 */
export function markup(strings: TemplateStringsArray, ...values: MarkupValue[]): Markup {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new Markup(out);
}
