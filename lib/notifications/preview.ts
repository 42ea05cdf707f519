// The start of a longer text, for a one-line notification: whole words, an
// ellipsis when cut. Pure.
export function preview(text: string, maxChars = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : flat.slice(0, maxChars)).replace(/[\s,.;:!?—-]+$/, "")}…`;
}
