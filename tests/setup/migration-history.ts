// For tests of a data migration: a fresh database migrated up to just before
// that migration, so the test can write rows as the app wrote them then,
// apply the rest and look at what became of them. Used by the migration tests
// in scripts/db/.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, migrationFolders, migrationsDirFor, type Provider } from "../../scripts/db/migrations";
import { createEmptyTestDatabase, type TestDatabase } from "./test-database";

export function migrationHistory() {
  const databases: TestDatabase[] = [];
  const tempDirs: string[] = [];
  return {
    /**
     * A database with every migration before the one whose folder ends with
     * `_${name}`; `position` is that migration's index (-1 when there is none).
     */
    async justBefore(provider: Provider, name: string): Promise<{ database: TestDatabase; position: number }> {
      const full = migrationsDirFor(provider);
      const folders = migrationFolders(full);
      const position = folders.findIndex((folder) => folder.endsWith(`_${name}`));
      const before = mkdtempSync(path.join(os.tmpdir(), `trust-course-${name}-`));
      tempDirs.push(before);
      cpSync(full, before, { recursive: true });
      for (const folder of folders.slice(Math.max(position, 0))) rmSync(path.join(before, folder), { recursive: true });
      const database = await createEmptyTestDatabase({ label: `${name}_${provider}`, provider });
      databases.push(database);
      await migrate(database.url, { quiet: true, migrationsDir: before });
      return { database, position };
    },
    async cleanup(): Promise<void> {
      await Promise.allSettled(databases.map((database) => database.drop()));
      for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Applies every pending migration, as `npm start` does (for tests in lib/, which never import scripts/). */
export function applyPendingMigrations(url: string): Promise<{ applied: string[] }> {
  return migrate(url, { quiet: true });
}
