// The label every reflection carries, saying plainly who can see it. Pure, so
// the editor island and the server pages say exactly the same thing.
export function visibilityLabel(shared: boolean, audience: string[]): string {
  if (!shared) return "Only you can see this.";
  if (audience.length === 0) return "Shared — but you're not in a cohort yet, so no one else can see it.";
  return `Shared with ${formatList(audience)} (your facilitator${audience.length > 1 ? "s" : ""}).`;
}

function formatList(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}
