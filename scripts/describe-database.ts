// A database URL as it is safe to print: no password.
import { sqliteFilePath } from "../lib/db/client";

export function describeDatabase(url: string): string {
  if (url.startsWith("file:")) return `SQLite file ${sqliteFilePath(url)}`;
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (unparseable URL)";
  }
}
