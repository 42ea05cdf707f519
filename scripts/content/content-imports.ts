// The wall around content/ for MDX, which ESLint does not read: a page of the
// course may import only from components/, never server code (lib/, app/,
// scripts/) or anything else. Decision 022.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { relativeToRoot } from "../../lib/course/content-error";

const ALLOWED = /^@\/components\//;

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(full);
    return entry.name.endsWith(".mdx") ? [full] : [];
  });
}

/** Every import in content/'s MDX files that reaches beyond components/. */
export function contentImportProblems(contentDir: string): { file: string; problem: string }[] {
  const problems: { file: string; problem: string }[] = [];
  for (const file of mdxFiles(contentDir)) {
    const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(readFileSync(file, "utf8"));
    for (const node of tree.children) {
      if (node.type !== "mdxjsEsm") continue;
      for (const statement of node.data?.estree?.body ?? []) {
        if (statement.type !== "ImportDeclaration") continue;
        const source = String(statement.source.value);
        if (!ALLOWED.test(source))
          problems.push({
            file: relativeToRoot(file),
            problem: `imports "${source}"; pages of the course may import only from components/`,
          });
      }
    }
  }
  return problems;
}
