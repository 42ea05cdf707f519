// Makes forgetting fail: every exported server action must be listed, with the
// access its wrapper declares, and the test file that proves its data layer.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "./actions";

const root = path.resolve(import.meta.dirname, "..", "..");

function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [full] : [];
  });
}

describe("the server action registry", () => {
  const files = actionFiles(path.join(root, "app"));

  it("lists every exported server action, and nothing that no longer exists", () => {
    const exported = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^export async function (\w+)/gm)].map((m) => m[1] ?? ""),
    );
    expect(exported.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it("declares in each file only the access levels the registry expects", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const declared = new Set([...text.matchAll(/access: "([\w-]+)"/g)].map((m) => m[1]));
      const names = [...text.matchAll(/^export async function (\w+)/gm)].map((m) => m[1] ?? "");
      const expected = new Set(
        names.map((n) => ACTIONS[n]?.access).filter((a) => a !== "public" || declared.has("public")),
      );
      for (const access of declared)
        expect(expected, `${path.relative(root, file)} declares ${access}`).toContain(access);
    }
  });

  it("points at test files that exist", () => {
    for (const [name, entry] of Object.entries(ACTIONS)) {
      expect(existsSync(path.join(root, entry.provenIn)), `${name}: ${entry.provenIn}`).toBe(true);
    }
  });
});
