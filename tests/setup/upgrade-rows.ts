// The machinery of the upgrade test (scripts/db/upgrades.test.ts): the data
// of tests/setup/upgrade-data.ts as it stands at a migration, written into a
// real database and read back, and the checks that name what a new migration
// still needs. Plain SQL through the client, because an old schema has
// columns today's generated client doesn't know.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db/client";
import type { Provider } from "../../scripts/db/migrations";
import { UPGRADE_STEPS, type Dataset, type Row, type Value } from "./upgrade-data";

export const UPGRADE_DATA_FILE = "tests/setup/upgrade-data.ts";

/** "20261125044310_time_zones" → "time_zones": the key of its step. */
export function stepName(folder: string): string {
  return folder.replace(/^\d+_/, "");
}

/** Step names in UPGRADE_STEPS that match no migration folder (a typo, or a renamed migration). */
export function unknownSteps(folders: string[]): string[] {
  const names = new Set(folders.map(stepName));
  return Object.keys(UPGRADE_STEPS).filter((name) => !names.has(name));
}

function append(data: Dataset, more: Dataset | undefined): Dataset {
  const result: Dataset = { ...data };
  for (const [table, rows] of Object.entries(more ?? {})) result[table] = [...(result[table] ?? []), ...rows];
  return result;
}

/** The rows a database built at `folders[index]` holds: every step up to it, upgraded and added in turn. */
export function dataAt(folders: string[], index: number): Dataset {
  let data: Dataset = {};
  for (const folder of folders.slice(0, index + 1)) {
    const step = UPGRADE_STEPS[stepName(folder)] ?? {};
    data = append(step.upgrade ? step.upgrade(data) : data, step.add);
  }
  return data;
}

/** What `data`, written at `folders[index]`, should read after every later migration (nothing added). */
export function expectedAfterUpgrade(folders: string[], index: number, data: Dataset): Dataset {
  let result = data;
  for (const folder of folders.slice(index + 1)) result = UPGRADE_STEPS[stepName(folder)]?.upgrade?.(result) ?? result;
  return result;
}

// ---------------------------------------------------------------------------
// What the database holds
// ---------------------------------------------------------------------------

export type Column = { name: string; kind: "date" | "boolean" | "number" | "text"; pgType: string | null };
export type Table = { name: string; columns: Column[]; primaryKey: string[] };

function kindOf(type: string): Column["kind"] {
  const t = type.toLowerCase();
  if (t.startsWith("datetime") || t.startsWith("timestamp") || t === "date") return "date";
  if (t.startsWith("bool")) return "boolean";
  if (/int|real|double|numeric|decimal|float/.test(t)) return "number";
  return "text";
}

/** Every table but Prisma's own, with its columns and primary key. */
export async function describeTables(db: Db, provider: Provider): Promise<Table[]> {
  if (provider === "sqlite") {
    const names = await db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    );
    const tables: Table[] = [];
    for (const { name } of names) {
      const info = await db.$queryRawUnsafe<{ name: string; type: string; pk: number | bigint }[]>(
        `PRAGMA table_info("${name}")`,
      );
      tables.push({
        name,
        columns: info.map((c) => ({ name: c.name, kind: kindOf(c.type), pgType: null })),
        primaryKey: info
          .filter((c) => Number(c.pk) > 0)
          .sort((a, b) => Number(a.pk) - Number(b.pk))
          .map((c) => c.name),
      });
    }
    return tables;
  }
  const columns = await db.$queryRawUnsafe<
    { table_name: string; column_name: string; data_type: string; udt_name: string }[]
  >(
    `SELECT c.table_name, c.column_name, c.data_type, c.udt_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const keys = await db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT k.table_name, k.column_name FROM information_schema.table_constraints tc
     JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema
     WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY' ORDER BY k.table_name, k.ordinal_position`,
  );
  const byName = new Map<string, Table>();
  for (const c of columns) {
    const table = byName.get(c.table_name) ?? { name: c.table_name, columns: [], primaryKey: [] };
    const enumType = c.data_type === "USER-DEFINED" ? c.udt_name : null;
    table.columns.push({ name: c.column_name, kind: enumType ? "text" : kindOf(c.data_type), pgType: enumType });
    byName.set(c.table_name, table);
  }
  for (const k of keys) byName.get(k.table_name)?.primaryKey.push(k.column_name);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The first migration up to `folders[index]` whose SQL creates `table` (to name it in a message). */
function creatorOf(table: string, migrationsDir: string, folders: string[], index: number): string {
  for (const folder of folders.slice(0, index + 1)) {
    const file = path.join(migrationsDir, folder, "migration.sql");
    if (existsSync(file) && readFileSync(file, "utf8").includes(`CREATE TABLE "${table}"`)) return folder;
  }
  return folders[index] ?? "?";
}

/**
 * What the upgrade data is missing for a database at `folders[index]`, one
 * sentence each saying what to write; [] when it covers every table and column.
 */
export function coverageProblems(options: {
  tables: Table[];
  data: Dataset;
  folders: string[];
  index: number;
  migrationsDir: string;
}): string[] {
  const { tables, data, folders, index, migrationsDir } = options;
  const here = folders[index] ?? "?";
  const problems: string[] = [];
  const known = new Set(tables.map((t) => t.name));
  for (const table of Object.keys(data)) {
    if (!known.has(table) && (data[table] ?? []).length > 0) {
      problems.push(
        `The upgrade data has rows for table "${table}", which does not exist at ${here}: say in the \`upgrade\` of the migration that dropped or renamed it where its rows went.`,
      );
    }
  }
  for (const table of tables) {
    const rows = data[table.name] ?? [];
    if (rows.length === 0) {
      const creator = creatorOf(table.name, migrationsDir, folders, index);
      problems.push(
        `Migration ${creator} creates table "${table.name}" and the upgrade test has no rows for it: write upgrade data for table ${table.name} (the \`add\` of step "${stepName(creator)}" in ${UPGRADE_DATA_FILE}).`,
      );
      continue;
    }
    const columns = new Set(table.columns.map((c) => c.name));
    for (const column of table.columns) {
      if (rows.some((row) => !(column.name in row))) {
        problems.push(
          `Upgrade rows of "${table.name}" at ${here} have no value for column "${column.name}": in ${UPGRADE_DATA_FILE}, give older rows the value the migration that added it gives them (its step's \`upgrade\`) and write it in the rows added from then on.`,
        );
      } else if (rows.every((row) => row[column.name] === null)) {
        problems.push(
          `Column "${table.name}"."${column.name}" is null in every upgrade row at ${here}: add a row with a value for it in ${UPGRADE_DATA_FILE}, so the test can see that value survive.`,
        );
      }
    }
    for (const key of new Set(rows.flatMap((row) => Object.keys(row)))) {
      if (!columns.has(key)) {
        problems.push(
          `Upgrade rows of "${table.name}" have a column "${key}" that the table does not have at ${here}: say in the \`upgrade\` of the migration that removed or renamed it where its values go.`,
        );
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Writing and reading
// ---------------------------------------------------------------------------

export async function insertAll(db: Db, provider: Provider, tables: Table[], data: Dataset): Promise<void> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  if (provider === "sqlite") await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  for (const [tableName, rows] of Object.entries(data)) {
    const table = byName.get(tableName);
    for (const row of rows) {
      const names = Object.keys(row);
      const marks = names.map((name, i) => {
        if (provider === "sqlite") return "?";
        const pgType = table?.columns.find((c) => c.name === name)?.pgType;
        return pgType ? `$${i + 1}::"${pgType}"` : `$${i + 1}`;
      });
      const sql = `INSERT INTO "${tableName}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${marks.join(", ")})`;
      try {
        await db.$executeRawUnsafe(sql, ...Object.values(row));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Could not write upgrade row ${JSON.stringify(row)} into "${tableName}": ${reason}`, {
          cause: error,
        });
      }
    }
  }
}

export type Plain = string | number | boolean | null;
export type PlainRow = Record<string, Plain>;

/** A value as the test compares it: dates as ISO strings, whatever the driver returned. */
function plain(value: unknown, kind: Column["kind"] | undefined): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return Number(value);
  if (kind === "date" && typeof value === "string") return new Date(value).toISOString();
  if (kind === "date" && typeof value === "number") return new Date(value).toISOString();
  if (kind === "boolean" && typeof value === "number") return value !== 0;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

function sortKey(row: PlainRow, primaryKey: string[]): string {
  return JSON.stringify(primaryKey.length ? primaryKey.map((k) => row[k]) : row);
}

export function plainRows(table: Table, rows: Row[] | Record<string, unknown>[]): PlainRow[] {
  const kinds = new Map(table.columns.map((c) => [c.name, c.kind]));
  return rows
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v as Value, kinds.get(k))])))
    .sort((a, b) => sortKey(a, table.primaryKey).localeCompare(sortKey(b, table.primaryKey)));
}

export async function readTable(db: Db, table: Table): Promise<PlainRow[]> {
  return plainRows(table, await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table.name}"`));
}
