// Makes forgetting fail: every exported `…Schema` in app/ and lib/ must be in
// the property tests' list.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_SCHEMAS } from "./all-schemas";

const root = path.resolve(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the schema registry", () => {
  it("lists every exported zod schema", () => {
    const known = new Set(Object.keys(ALL_SCHEMAS));
    const missing: string[] = [];
    for (const file of [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "lib"))]) {
      for (const match of readFileSync(file, "utf8").matchAll(/export const (\w+Schema)\b/g)) {
        const name = match[1] ?? "";
        if (!known.has(name)) missing.push(`${path.relative(root, file)}: ${name}`);
      }
    }
    expect(missing, "add these to tests/security/all-schemas.ts").toEqual([]);
  });
});
