// Prisma's "unique constraint failed" (P2002), the same on SQLite and
// PostgreSQL: how a race to create one row shows up, and how a key that says
// "this happened already" refuses to happen twice.
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
