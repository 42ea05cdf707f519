// The walls between folders (scripts/lint/walls.mjs) really fail the lint: the
// project's own ESLint configuration is run on a deliberate violation in each
// walled folder, and on a legal import next to it. Type-aware rules are off
// here (they need a whole TypeScript program and say nothing about imports).
import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The wall messages ESLint gives for `code` as if it were in `file`. */
async function wallErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error(`ESLint gave no result for ${file}`);
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const CLIENT_COMPONENT = "components/course/reflection-editor.tsx";
const SERVER_COMPONENT = "components/course/source.tsx";
const CLIENT_IN_APP = "app/(facilitator)/facilitator/cohorts/[cohortId]/_components/nudge-form.tsx";
const PAGE = "app/(facilitator)/facilitator/cohorts/[cohortId]/page.tsx";

describe("the walls between folders", () => {
  it("stops client components importing server code, and lets them import what runs in a browser", async () => {
    const header = '"use client";\n';
    expect(await wallErrors(CLIENT_COMPONENT, `${header}import { db } from "@/lib/db/client";\nvoid db;\n`)).toEqual([
      expect.stringContaining("only the modules that also run in a browser"),
    ]);
    expect(
      await wallErrors(
        CLIENT_COMPONENT,
        `${header}import { journal } from "../../lib/reflections/journal";\nvoid journal;\n`,
      ),
    ).toHaveLength(1);
    expect(await wallErrors(CLIENT_COMPONENT, `${header}import "server-only";\n`)).toHaveLength(1);
    expect(
      await wallErrors(
        CLIENT_COMPONENT,
        `${header}import { REFLECTION_MAX_CHARS } from "@/lib/reflections/limits";\nvoid REFLECTION_MAX_CHARS;\n`,
      ),
    ).toEqual([]);
  });

  it("keeps zod's values out of the lesson's islands, and lets them import its types", async () => {
    const header = '"use client";\n';
    expect(await wallErrors(CLIENT_COMPONENT, `${header}import { z } from "zod";\nvoid z;\n`)).toEqual([
      expect.stringContaining("clear of zod"),
    ]);
    expect(
      await wallErrors(
        CLIENT_COMPONENT,
        `${header}import { ScenarioPropsSchema } from "@/lib/course/schemas";\nvoid ScenarioPropsSchema;\n`,
      ),
    ).toEqual([expect.stringContaining("only types from lib/course/schemas")]);
    expect(
      await wallErrors(
        CLIENT_COMPONENT,
        `${header}import type { ScenarioProps } from "@/lib/course/schemas";\nimport { followUpId } from "@/lib/course/item-ids";\nexport type P = ScenarioProps;\nvoid followUpId;\n`,
      ),
    ).toEqual([]);
    // Client code elsewhere (a form beside its schema) may still use zod.
    expect(await wallErrors(CLIENT_IN_APP, `"use client";\nimport { z } from "zod";\nvoid z;\n`)).toEqual([]);
  });

  it("keeps next/link and next/dynamic out of pages and components, and lets them use our Link and React.lazy", async () => {
    const link = `import Link from "next/link";\nexport const L = Link;\n`;
    const dynamic = `import dynamic from "next/dynamic";\nexport const D = dynamic;\n`;
    for (const file of [PAGE, SERVER_COMPONENT, CLIENT_COMPONENT, CLIENT_IN_APP]) {
      const header = file === PAGE || file === SERVER_COMPONENT ? "" : '"use client";\n';
      expect(await wallErrors(file, header + link), file).toEqual([expect.stringContaining("@/components/ui/link")]);
      expect(await wallErrors(file, header + dynamic), file).toEqual([expect.stringContaining("React.lazy")]);
      expect(
        await wallErrors(
          file,
          `${header}import Link from "@/components/ui/link";\nimport { lazy } from "react";\nexport const L = [Link, lazy];\n`,
        ),
        file,
      ).toEqual([]);
    }
  });

  it("keeps every component, server ones too, clear of server-only modules and of app/", async () => {
    expect(await wallErrors(SERVER_COMPONENT, `import { db } from "@/lib/db/client";\nvoid db;\n`)).toEqual([
      expect.stringContaining("server-only"),
    ]);
    expect(
      await wallErrors(SERVER_COMPONENT, `import { signOut } from "@/app/(auth)/actions";\nvoid signOut;\n`),
    ).toEqual([expect.stringContaining("never import from app/")]);
    expect(
      await wallErrors(SERVER_COMPONENT, `import { getCourse } from "@/lib/course/catalog";\nvoid getCourse;\n`),
    ).toEqual([]);
  });

  it("stops client code in app/ importing server code, but not its pages", async () => {
    const header = '"use client";\n';
    expect(
      await wallErrors(
        CLIENT_IN_APP,
        `${header}import { sendNudges } from "@/lib/cohorts/nudges";\nvoid sendNudges;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await wallErrors(
        CLIENT_IN_APP,
        `${header}import type { BehindLearner } from "@/lib/cohorts/behind";\nimport { IDLE_FORM_STATE } from "@/lib/actions/form-state";\nexport const x: BehindLearner[] = [];\nvoid IDLE_FORM_STATE;\n`,
      ),
    ).toEqual([]);
    expect(await wallErrors(PAGE, `import { db } from "@/lib/db/client";\nvoid db;\n`)).toEqual([]);
  });

  it("stops lib/ importing app/ or scripts/", async () => {
    const file = "lib/reflections/journal.ts";
    expect(
      await wallErrors(file, `import { SCHEMA_PATHS } from "../../scripts/db/schemas";\nvoid SCHEMA_PATHS;\n`),
    ).toEqual([expect.stringContaining("never imports app/ or scripts/")]);
    expect(await wallErrors(file, `import { signOut } from "@/app/(auth)/actions";\nvoid signOut;\n`)).toHaveLength(1);
    expect(await wallErrors(file, `import { db } from "../db/client";\nvoid db;\n`)).toEqual([]);
  });

  it("stops content/ importing server code", async () => {
    const file = "content/wall-check.ts";
    expect(await wallErrors(file, `import { db } from "@/lib/db/client";\nvoid db;\n`)).toHaveLength(1);
    expect(await wallErrors(file, `import { signOut } from "@/app/(auth)/actions";\nvoid signOut;\n`)).toHaveLength(1);
    expect(
      await wallErrors(
        file,
        `import { Callout } from "@/components/course/callout";\nimport { z } from "zod";\nvoid Callout;\nvoid z;\n`,
      ),
    ).toEqual([]);
  });
});
