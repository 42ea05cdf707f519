// Removes NUL characters (U+0000) from every string in an input, before it is
// parsed. No keyboard types one, so it only ever arrives from a hostile or
// broken client; PostgreSQL cannot store it in text and refuses the whole
// query, so left in it would turn a save into a server error. Shared by the
// action wrapper and the JSON route wrapper.
// No "server-only" here: it is pure and unit-tested.

export function withoutNul(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => withoutNul(item, depth + 1));
  // Only plain objects (parsed JSON, form values); a Date or a File stays as it is.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[withoutNul(key) as string] = withoutNul(item, depth + 1);
  return out;
}
