// Prisma's schema engine (the part behind `prisma migrate` and `db pull`),
// compiled to WebAssembly and driven through a driver adapter. The native
// engine cannot be downloaded behind a firewall; this one ships on npm.
// See docs/decisions/002-migrations-without-native-engines.md.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  mockAdapter,
  mockMigrationAwareAdapterFactory,
  type SqlQuery,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type * as EngineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { adapterFactoryFor, providerOf, type DbProvider } from "../../lib/db/client";

export type { SchemaEngine };

type EngineModule = typeof EngineGlue;

// The wasm-bindgen glue keeps the instance in a module-level variable, and
// Node caches that module for the whole process; test runners re-evaluate
// *our* modules per file, so the cache lives on globalThis to compile the
// 5 MB module only once.
const globalForEngine = globalThis as unknown as { __trustCourseSchemaEngine?: Promise<EngineModule> };

async function instantiate(): Promise<EngineModule> {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // The .wasm file is not in the package's exports map, so locate it beside
  // the glue file that is.
  const require = createRequire(import.meta.url);
  const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (!isProcedure(start)) throw new Error("@prisma/schema-engine-wasm: __wbindgen_start is missing");
  start();
  return bg;
}

function isProcedure(value: unknown): value is () => void {
  return typeof value === "function";
}

export function loadSchemaEngine(): Promise<EngineModule> {
  globalForEngine.__trustCourseSchemaEngine ??= instantiate().catch((error: unknown) => {
    globalForEngine.__trustCourseSchemaEngine = undefined;
    throw error;
  });
  return globalForEngine.__trustCourseSchemaEngine;
}

function isMigrationAware(factory: SqlDriverAdapterFactory): factory is SqlMigrationAwareDriverAdapterFactory {
  return "connectToShadowDb" in factory && typeof factory.connectToShadowDb === "function";
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function charColumnsAsText(result: unknown): unknown {
  const results: unknown[] = Array.isArray(result) ? result : [result];
  for (const item of results) {
    if (typeof item !== "object" || item === null || !("fields" in item) || !Array.isArray(item.fields)) continue;
    const fields: unknown[] = item.fields;
    for (const field of fields) {
      if (typeof field === "object" && field !== null && "dataTypeID" in field && field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
      }
    }
  }
  return result;
}

/**
 * adapter-pg 7.10 rejects PostgreSQL's one-byte `"char"` type, which the
 * engine's catalog queries (pg_constraint.contype, pg_class.relkind, …) return
 * whenever it describes a live database: diffing against or introspecting a
 * database fails with "Column type 'char' could not be deserialized". pg
 * already parses those values as strings, so relabelling the column as text
 * is enough. Applied to each pooled connection, for migrations only.
 */
function readCatalogCharsAsText(client: pg.PoolClient): void {
  const original = client.query.bind(client);
  Object.defineProperty(client, "query", {
    configurable: true,
    value: (...args: unknown[]): unknown => {
      const last = args.at(-1);
      if (typeof last === "function") {
        args[args.length - 1] = (error: unknown, result: unknown): void => {
          Reflect.apply(last, undefined, [error, error ? result : charColumnsAsText(result)]);
        };
        const handle: unknown = Reflect.apply(original, undefined, args);
        return handle;
      }
      const returned: unknown = Reflect.apply(original, undefined, args);
      return returned instanceof Promise ? returned.then(charColumnsAsText) : returned;
    },
  });
}

/**
 * An adapter for diffing schema files without a database. The SQLite
 * connector asks nothing when it starts; the PostgreSQL one asks once for the
 * server version (and whether the schema exists), so we answer that with a
 * fixed PostgreSQL 15 to keep generated SQL the same on every machine. Any
 * other query fails loudly: it would mean the engine needs a real database.
 */
function offlineAdapterFactory(provider: DbProvider): SqlMigrationAwareDriverAdapterFactory {
  if (provider === "sqlite") return mockMigrationAwareAdapterFactory("sqlite");
  const stub: SqlDriverAdapter = {
    ...mockAdapter("postgres"),
    queryRaw: ({ sql }: SqlQuery) => {
      if (/\bversion\(\)/.test(sql) && /server_version_num/.test(sql)) {
        return Promise.resolve({
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, "PostgreSQL 15.0 (offline schema diff)", 150000]],
        });
      }
      return Promise.reject(
        new Error(`The schema engine needs a PostgreSQL database for this (it asked: ${sql.slice(0, 200)})`),
      );
    },
  };
  const connect = () => Promise.resolve(stub);
  return { provider: "postgres", adapterName: "offline-schema-diff", connect, connectToShadowDb: connect };
}

type Resources = { factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> };

/**
 * Where the engine connects: a database URL, or nowhere (`offline`) for
 * commands that only compare schema files (they still need an adapter of the
 * right provider).
 */
export type EngineTarget = { url: string } | { offline: DbProvider };

/** A migration-aware adapter factory that remembers what it opened, so we can close it. */
function migrationAdapterFor(target: EngineTarget): Resources {
  const opened: SqlDriverAdapter[] = [];
  let base: SqlMigrationAwareDriverAdapterFactory;
  let pool: pg.Pool | undefined;
  if ("offline" in target) {
    base = offlineAdapterFactory(target.offline);
  } else if (providerOf(target.url) === "sqlite") {
    const factory = adapterFactoryFor(target.url);
    if (!isMigrationAware(factory)) throw new Error("The SQLite driver adapter cannot run migrations.");
    base = factory;
  } else {
    pool = new pg.Pool({ connectionString: target.url, max: 2 });
    pool.on("connect", readCatalogCharsAsText);
    base = new PrismaPg(pool);
  }
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const connected = await adapter;
    opened.push(connected);
    return connected;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => track(base.connect()),
    connectToShadowDb: () => track(base.connectToShadowDb()),
  };
  return {
    factory,
    async close() {
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
      await pool?.end();
    },
  };
}

export type Datamodel = { path: string; content: string };

/**
 * Runs `work` with an engine connected to `target`. The datamodel tells the
 * engine which connector to use and is the default target of its commands.
 * `connect` gives `work` a plain connection of its own (closed afterwards).
 * Engine logs (JSON lines, including the whole schema) go to stderr only when
 * DEBUG is set.
 */
export async function withSchemaEngine<T>(
  target: EngineTarget,
  datamodel: Datamodel,
  work: (engine: SchemaEngine, connect: () => Promise<SqlDriverAdapter>) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const resources = migrationAdapterFor(target);
  const log = (line: unknown) => {
    if (process.env.DEBUG) process.stderr.write(String(line).trimEnd() + "\n");
  };
  try {
    // Starting the engine connects; its errors (unreachable server, unknown
    // database) carry a Rust span trace that means nothing to a user.
    const engine = await SchemaEngine.new(
      { datamodels: [[datamodel.path, datamodel.content]] },
      log,
      bindMigrationAwareSqlAdapterFactory(resources.factory),
    ).catch((error: unknown) => {
      throw new Error(engineErrorMessage(error), { cause: error });
    });
    try {
      return await work(engine, () => resources.factory.connect());
    } finally {
      engine.free();
    }
  } finally {
    await resources.close();
  }
}

/**
 * The engine's message without its Rust span trace ("   0: sql_schema_connector::…")
 * or the generic first line it puts before driver adapter errors.
 */
export function engineErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const withoutTrace = message.split(/\n\s+0: /)[0] ?? message;
  return withoutTrace.replace(/^external connector error\s*/, "").trim();
}

/** Removes passwords (user:password@ or ?password=) from a connection URL, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, "$1***@").replace(/([?&]password=)[^&]*/gi, "$1***");
}
