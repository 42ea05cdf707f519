// Migrations in Prisma's own folder format, one history per database, applied
// and generated offline by the WebAssembly schema engine. Used by the
// db:migrate and db:new-migration scripts and by the test databases.
// See docs/decisions/002-migrations-without-native-engines.md.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { MIGRATIONS_DIRS, SCHEMA_PATHS, type Provider } from "./schemas";
import { providerOf, sqliteFilePath } from "../../lib/db/client";
import { engineErrorMessage, withSchemaEngine, type Datamodel } from "./schema-engine";

export type { Provider };

const MIGRATION_FILE = "migration.sql";
const LOCK_FILE = "migration_lock.toml";
// The schema as it stood when the migration was written: the starting point
// of the next diff. Prisma's own tooling ignores extra files in the folder.
const SNAPSHOT_FILE = "schema.prisma";
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = "-- This is an empty migration.";

export function migrationsDirFor(provider: Provider): string {
  return MIGRATIONS_DIRS[provider];
}

function schemaFor(provider: Provider): Datamodel {
  const file = SCHEMA_PATHS[provider];
  return { path: file, content: readFileSync(file, "utf8") };
}

/** Migration folder names, oldest first (the timestamp prefix sorts them). */
export function migrationFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function readMigrationsList(dir: string): MigrationList {
  const lockPath = path.join(dir, LOCK_FILE);
  return {
    baseDir: dir,
    lockfile: { path: LOCK_FILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: migrationFolders(dir).map((folder) => {
      const file = path.join(dir, folder, MIGRATION_FILE);
      return {
        path: folder,
        migrationFile: {
          path: MIGRATION_FILE,
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} does not exist` },
        },
      };
    }),
  };
}

/**
 * A hash of everything that decides what a migrated database looks like, for
 * caching template databases.
 */
export function migrationsFingerprint(provider: Provider, dir = migrationsDirFor(provider)): string {
  const hash = createHash("sha256").update(provider);
  for (const folder of migrationFolders(dir)) {
    const file = path.join(dir, folder, MIGRATION_FILE);
    hash.update(`\0${folder}\0`).update(existsSync(file) ? readFileSync(file) : "");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Which migration an engine error is about: it names it in its trace or message. */
function failedMigrationName(message: string): string | undefined {
  return /migration_name="([^"]+)"/.exec(message)?.[1] ?? /The `([^`]+)` migration started at/.exec(message)?.[1];
}

export type MigrateOptions = {
  /** Print nothing (by default one line per migration applied; callers report "up to date" their own way). */
  quiet?: boolean;
  /** Another migrations folder of the same provider (tests). */
  migrationsDir?: string;
};

/**
 * Applies the pending migrations of the database's provider, exactly like
 * `prisma migrate deploy` (recorded in `_prisma_migrations`).
 */
export async function migrate(url: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const provider = providerOf(url);
  const dir = options.migrationsDir ?? migrationsDirFor(provider);
  const migrationsList = readMigrationsList(dir);
  if (migrationsList.migrationDirectories.length === 0) {
    throw new Error(`No migrations found in ${dir}. Create one with: npm run db:new-migration -- init`);
  }
  if (provider === "sqlite") mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });

  const applied = await withSchemaEngine({ url }, schemaFor(provider), async (engine, connect) => {
    let names: string[];
    try {
      ({ appliedMigrationNames: names } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER }));
    } catch (error) {
      const reason = engineErrorMessage(error);
      const name = failedMigrationName(error instanceof Error ? error.message : String(error));
      throw new Error(name ? `Migration ${name} failed: ${reason}` : `Migrations in ${dir} failed: ${reason}`, {
        cause: error,
      });
    }
    if (provider === "sqlite") {
      // WAL lets readers work while a request writes; the mode is stored in
      // the file, so every later connection gets it. The checkpoint leaves a
      // self-contained file that can be copied (test templates).
      const adapter = await connect();
      for (const sql of ["PRAGMA journal_mode = WAL", "PRAGMA wal_checkpoint(TRUNCATE)"]) {
        await adapter.queryRaw({ sql, args: [], argTypes: [] });
      }
    }
    return names;
  });

  if (!options.quiet) {
    for (const name of applied) process.stdout.write(`Applied migration ${name}\n`);
  }
  return { applied };
}

/** SQL that would turn what `url` actually holds into what the schema describes ("" when they agree). */
export async function diffDatabaseAgainstSchema(url: string): Promise<string> {
  const schema = schemaFor(providerOf(url));
  const files = [schema];
  return withSchemaEngine({ url }, schema, async (engine) => {
    const { stdout } = await engine.diff({
      // `schemaDatasource` reads the live database through the adapter; the
      // files only name the datasource and its provider.
      from: { tag: "schemaDatasource", files, configDir: path.dirname(schema.path) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return normaliseScript(stdout);
  });
}

function normaliseScript(script: string | null): string {
  const trimmed = (script ?? "").trim();
  return trimmed === EMPTY_MIGRATION ? "" : trimmed;
}

export function sanitizeMigrationName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 100);
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

export type CreateMigrationOptions = {
  /** Other migrations folders (tests). */
  migrationsDirs?: Partial<Record<Provider, string>>;
  now?: Date;
};

/**
 * Writes `<timestamp>_<name>/migration.sql` for each provider whose schema
 * changed since its newest migration, with a snapshot of the schema beside
 * it. Returns the folders written (null: nothing changed for that provider).
 */
export async function createMigration(
  name: string,
  options: CreateMigrationOptions = {},
): Promise<Record<Provider, string | null>> {
  const slug = sanitizeMigrationName(name);
  if (!slug) throw new Error(`"${name}" is not a usable migration name: use letters, digits and underscores.`);
  const folder = `${timestamp(options.now ?? new Date())}_${slug}`;
  const written: Record<Provider, string | null> = { sqlite: null, postgresql: null };
  for (const provider of ["sqlite", "postgresql"] as const) {
    const dir = options.migrationsDirs?.[provider] ?? migrationsDirFor(provider);
    written[provider] = await writeMigration(provider, dir, folder);
  }
  return written;
}

async function writeMigration(provider: Provider, dir: string, folder: string): Promise<string | null> {
  const schema = schemaFor(provider);
  const folders = migrationFolders(dir);
  const newest = folders.at(-1);
  let from: { tag: "empty" } | { tag: "schemaDatamodel"; files: Datamodel[] } = { tag: "empty" };
  if (newest) {
    const snapshot = path.join(dir, newest, SNAPSHOT_FILE);
    if (!existsSync(snapshot)) {
      throw new Error(
        `${path.join(dir, newest)} has no ${SNAPSHOT_FILE}, so there is nothing to diff from. Copy the schema as it stood after that migration there, then try again.`,
      );
    }
    from = { tag: "schemaDatamodel", files: [{ path: snapshot, content: readFileSync(snapshot, "utf8") }] };
  }
  if (newest !== undefined && newest >= folder) {
    throw new Error(
      `${path.join(dir, newest)} already exists or sorts after ${folder}; wait a second or check the clock.`,
    );
  }

  // Schema file to schema file: no database involved, so this works on a
  // machine without PostgreSQL. (Diffing from `{ tag: "migrations" }` would
  // replay the history in a shadow database, which is broken in this engine.)
  const script = await withSchemaEngine({ offline: provider }, schema, async (engine) => {
    const { stdout } = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return normaliseScript(stdout);
  });
  if (!script) return null;

  const target = path.join(dir, folder);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, MIGRATION_FILE), script + "\n");
  writeFileSync(path.join(target, SNAPSHOT_FILE), schema.content);
  const lock = path.join(dir, LOCK_FILE);
  if (!existsSync(lock)) {
    writeFileSync(
      lock,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
  }
  return target;
}
