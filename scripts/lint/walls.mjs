// The walls between folders, as ESLint configuration (used by eslint.config.mjs;
// docs/decisions/022-rooms-and-walls.md). ESLint's own `no-restricted-imports`
// does the checking; this file only works out which files and which imports.
//
// - Client code (any file in app/ or components/ that starts with "use client")
//   may import from lib/ only the modules listed in ISOMORPHIC: the rest of lib/
//   is server code. Type-only imports are fine: they vanish from the bundle.
// - Everything in components/ (server components too) stays clear of the
//   server-only modules (lib/db, lib/auth/auth, and every lib/ module that
//   imports "server-only") and never imports from app/.
// - lib/ never imports app/ or scripts/.
// - content/ imports no server code: nothing from app/ or scripts/, and from
//   lib/ only the ISOMORPHIC modules.
// - The lesson's islands (client components in components/course/) import no
//   zod values, directly or through lib/course/schemas: they load on every lesson.
// - Nothing in app/, components/ or content/ imports next/link or next/dynamic:
//   components/ui/link.tsx and React.lazy do their job for less script on
//   every page (docs/decisions/059-own-link.md).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** lib/ modules that run in the browser as well as on the server (no database, no secrets, no Node APIs). */
export const ISOMORPHIC = [
  "lib/actions/form-state",
  "lib/auth/password-policy",
  "lib/auth/roles",
  "lib/auth/session-summary",
  "lib/cohorts/visibility",
  "lib/course/item-ids",
  "lib/course/schemas",
  "lib/lookbacks/path",
  "lib/notifications/kinds",
  "lib/progress/reading-place",
  "lib/reflections/limits",
  "lib/reflections/paths",
  "lib/reflections/planner-body",
  // Not lib/time/clock: the server's clock (moved by the browser tests).
  "lib/time/calendar",
  "lib/time/format",
  "lib/time/zone-choices",
  "lib/time/zone-names",
  "lib/time/zones",
];

const SOURCE = /\.(ts|tsx|mts|js|mjs|jsx)$/;
const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/;

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : walk(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

/** lib/ modules (without extension, relative to the root) that must never reach a browser. */
export function serverOnlyModules(root) {
  const marked = walk(path.join(root, "lib"))
    .filter((file) => !/\.test\.tsx?$/.test(file))
    .filter((file) => /^import\s+["']server-only["']/m.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(root, file).replace(SOURCE, "").split(path.sep).join("/"));
  return ["lib/db/*", "lib/auth/auth", ...marked].sort();
}

/** Whether a file is client code: its first statement is the "use client" directive. */
export function clientFileTest(root) {
  const cache = new Map();
  return (filePath) => {
    const full = path.resolve(root, filePath);
    const relative = path.relative(root, full).split(path.sep).join("/");
    if (!/^(app|components)\//.test(relative) || !SOURCE.test(full)) return false;
    if (!cache.has(full)) cache.set(full, existsSync(full) && USE_CLIENT.test(readFileSync(full, "utf8")));
    return cache.get(full);
  };
}

/** A module path with `*` standing for anything below a folder, as a regex source. */
const glob = (text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".+");
/** An import of a root folder's module, however it is written: "@/lib/x", "../../lib/x". */
const fromRoot = (body) => `^(?:@/|(?:\\.\\./)+)${body}`;
const moduleRegex = (modules) => fromRoot(`(?:${[...new Set(modules)].map(glob).join("|")})$`);

function patterns(parts) {
  return ["error", { patterns: parts }];
}

export function walls(root) {
  const serverOnly = {
    regex: moduleRegex(serverOnlyModules(root)),
    allowTypeImports: true,
    message: "This module is server-only (database, auth or secrets); components and client code must not import it.",
  };
  const serverOnlyPackage = {
    group: ["server-only"],
    message: "Client code and content cannot be server-only.",
  };
  const libExceptIsomorphic = {
    regex: fromRoot(`lib/(?!(?:${ISOMORPHIC.map((m) => glob(m.slice("lib/".length))).join("|")})$)`),
    allowTypeImports: true,
    message:
      "Client code and content may import from lib/ only the modules that also run in a browser (ISOMORPHIC in scripts/lint/walls.mjs).",
  };
  const fromApp = {
    regex: fromRoot("app(?:/|$)"),
    message: "Components never import from app/: pass what they need in as props.",
  };
  const fromAppOrScripts = {
    regex: fromRoot("(?:app|scripts)(?:/|$)"),
    message: "This folder never imports app/ or scripts/ (they depend on it, not the other way round).",
  };
  const noZod = [
    {
      group: ["zod", "zod/*"],
      allowTypeImports: true,
      message: "Lesson islands stay clear of zod (about 30 KB in every lesson): validate on the server.",
    },
    {
      regex: fromRoot("lib/course/schemas$"),
      allowTypeImports: true,
      message:
        "Lesson islands import only types from lib/course/schemas: its values bring zod (about 30 KB) to every lesson. Put what the browser needs in a zod-free module, like lib/course/item-ids.",
    },
  ];
  const framework = [
    {
      group: ["next/link"],
      message:
        "Use Link from @/components/ui/link: a real <a href> that navigates through Next's router, without next/link's 3.4 KB on every page (decision 059).",
    },
    {
      group: ["next/dynamic"],
      message:
        "Use React.lazy, as components/course/islands.tsx does: next/dynamic adds 2 KB to every lesson (decision 059).",
    },
  ];
  const isClient = clientFileTest(root);

  return [
    { name: "walls/app", files: ["app/**"], rules: { "no-restricted-imports": patterns([...framework]) } },
    { name: "walls/lib", files: ["lib/**"], rules: { "no-restricted-imports": patterns([fromAppOrScripts]) } },
    {
      name: "walls/components",
      files: ["components/**"],
      rules: { "no-restricted-imports": patterns([serverOnly, fromApp, ...framework]) },
    },
    {
      name: "walls/client-code",
      files: [isClient],
      rules: { "no-restricted-imports": patterns([libExceptIsomorphic, serverOnlyPackage, ...framework]) },
    },
    {
      name: "walls/client-components",
      files: [[isClient, "components/**"]],
      rules: { "no-restricted-imports": patterns([libExceptIsomorphic, serverOnlyPackage, fromApp, ...framework]) },
    },
    {
      // The lesson's islands load on every lesson, on phones: a zod schema's value
      // there brings all of zod (about 30 KB gzipped) to the browser. Types are free.
      name: "walls/lesson-islands",
      files: [[isClient, "components/course/**"]],
      rules: {
        "no-restricted-imports": patterns([libExceptIsomorphic, serverOnlyPackage, fromApp, ...noZod, ...framework]),
      },
    },
    {
      name: "walls/content",
      files: ["content/**"],
      rules: {
        "no-restricted-imports": patterns([libExceptIsomorphic, serverOnlyPackage, fromAppOrScripts, ...framework]),
      },
    },
  ];
}
