// Whether an error means "the database can't be reached right now" (answered
// with a 503 the client can retry) rather than a bug (a 500). Decided from
// Prisma's typed errors, the same on both adapters (libsql for SQLite, pg for
// PostgreSQL), never from the wording of a message.
// See docs/decisions/025-database-outage-from-typed-errors.md.
import { isDriverAdapterError, type DriverAdapterError } from "@prisma/driver-adapter-utils";
import { PrismaClientInitializationError, PrismaClientKnownRequestError } from "@prisma/client/runtime/client";

/**
 * Prisma's codes for a database that can't be reached or is busy: P1001 not
 * reachable, P1002 timed out, P1008 operation timed out (SQLite's
 * SQLITE_BUSY), P1017 connection closed, P2024 no free connection in the
 * pool, P2037 too many connections.
 */
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);

/** The driver adapters' kinds behind those codes, for an error not yet wrapped by Prisma. */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed", "TooManyConnections"]);

/**
 * PostgreSQL's own codes (SQLSTATE) for a server that is going away or can't
 * take us now: class 08 (connection exception), 57P01–57P03 (shut down by an
 * administrator, crash shutdown, cannot connect now), 53300 (too many
 * connections). Prisma passes these through as P2039/P2010 with the code kept.
 */
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;

function adapterErrorUnavailable(error: DriverAdapterError): boolean {
  const cause = error.cause;
  if (UNAVAILABLE_KINDS.has(cause.kind)) return true;
  return cause.kind === "postgres" && POSTGRES_UNAVAILABLE.test(cause.originalCode ?? cause.code);
}

/** The adapters' own check, which expects an object. */
function isAdapterError(value: unknown): value is DriverAdapterError {
  return typeof value === "object" && value !== null && isDriverAdapterError(value);
}

function unavailable(error: unknown): boolean {
  if (error instanceof PrismaClientInitializationError) return true;
  if (error instanceof PrismaClientKnownRequestError) {
    if (UNAVAILABLE_CODES.has(error.code)) return true;
    const adapterError = error.meta?.driverAdapterError;
    return isAdapterError(adapterError) && adapterErrorUnavailable(adapterError);
  }
  return isAdapterError(error) && adapterErrorUnavailable(error);
}

/**
 * True when `error`, or an error it wraps (libraries such as better-auth wrap
 * the driver's error as a `cause`), says the database is unavailable.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (unavailable(current)) return true;
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}
