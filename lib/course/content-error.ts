import path from "node:path";
import type { z } from "zod";

/** A problem in content/, naming the file and the field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

export function relativeToRoot(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

export function describeIssues(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    return `${field || "(root)"}: ${issue.message}`;
  });
}
