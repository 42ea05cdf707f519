// Makes forgetting fail: every exported server action must be listed, with the
// access its wrapper declares, and the test file that proves its data layer.
// The actions are read from the modules themselves (./action-modules.ts), not
// from their source text; the typecheck holds the registry to the same list.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessOf } from "@/lib/actions/core";
import { ACTION_MODULES } from "./action-modules";
import { ACTIONS } from "./actions";

const root = path.resolve(import.meta.dirname, "..", "..");

function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}

const exported = Object.values(ACTION_MODULES).flatMap((module) => Object.entries(module));

describe("the server action registry", () => {
  it("imports every actions file under app/", () => {
    expect(actionFiles(path.join(root, "app")).sort()).toEqual(Object.keys(ACTION_MODULES).sort());
  });

  it("lists every exported server action, and nothing that no longer exists", () => {
    for (const [name, value] of exported) expect(typeof value, `${name} is a function`).toBe("function");
    expect(exported.map(([name]) => name).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it("expects of each action the access its wrapper declares", () => {
    // A function no wrapper made checks nobody: only a public one may be so.
    for (const [name, value] of exported) expect(accessOf(value) ?? "public", name).toBe(ACTIONS[name]?.access);
  });

  it("points at test files that exist", () => {
    for (const [name, entry] of Object.entries(ACTIONS)) {
      expect(existsSync(path.join(root, entry.provenIn)), `${name}: ${entry.provenIn}`).toBe(true);
    }
  });
});
