// A Prisma `contains` filter that ignores letter case where the database
// lets it: on PostgreSQL through `mode: "insensitive"` (ILIKE); SQLite's LIKE
// already ignores case for ASCII letters, and its client type has no `mode`,
// hence the cast. Prisma passes the value as a parameter but does not escape
// LIKE's wildcards: callers split their words on % _ and \ first.
// Used by the journal's search and the admin's account search.
import { dbProvider } from "./client";

export function containsIgnoringCase(piece: string): { contains: string } {
  return (dbProvider() === "postgresql" ? { contains: piece, mode: "insensitive" } : { contains: piece }) as {
    contains: string;
  };
}
