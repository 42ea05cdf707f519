// Where each database's schema, client and migrations live. The SQLite schema
// is the source; the PostgreSQL one is derived from it (same models, other
// provider and client folder) so the two can never disagree.
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export type Provider = "sqlite" | "postgresql";

export const SCHEMA_PATHS: Record<Provider, string> = {
  sqlite: path.join(ROOT, "prisma", "schema.prisma"),
  postgresql: path.join(ROOT, "prisma", "postgres", "schema.prisma"),
};

export const MIGRATIONS_DIRS: Record<Provider, string> = {
  sqlite: path.join(ROOT, "prisma", "migrations"),
  postgresql: path.join(ROOT, "prisma", "postgres", "migrations"),
};

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/db/generate.ts. Do not edit:
// change prisma/schema.prisma and run \`npm run db:generate\`.
`;

/** The PostgreSQL schema text derived from the SQLite source. */
export function derivePostgresSchema(source: string): string {
  const body = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgres"');
  if (!body.includes('provider = "postgresql"') || !body.includes("generated/postgres")) {
    throw new Error(
      "prisma/schema.prisma: could not derive the PostgreSQL schema (expected the sqlite provider and the generated/sqlite output line).",
    );
  }
  return HEADER + body;
}

export function readSchema(provider: Provider): string {
  return readFileSync(SCHEMA_PATHS[provider], "utf8");
}

/** Writes prisma/postgres/schema.prisma from the source schema. */
export function writePostgresSchema(): string {
  const text = derivePostgresSchema(readSchema("sqlite"));
  mkdirSync(path.dirname(SCHEMA_PATHS.postgresql), { recursive: true });
  writeFileSync(SCHEMA_PATHS.postgresql, text);
  return text;
}
