// Generates both Prisma clients (SQLite and PostgreSQL) from prisma/schema.prisma.
// Prisma's CLI insists that its native schema engine exists even though
// `generate` never runs it; it cannot be downloaded here, so we point the
// check at a harmless existing file. Users never need to set this themselves.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { ROOT, SCHEMA_PATHS, writePostgresSchema } from "./schemas";

const require = createRequire(import.meta.url);

function main() {
  writePostgresSchema();
  const cli = require.resolve("prisma/build/index.js");
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
  for (const schema of Object.values(SCHEMA_PATHS)) {
    execFileSync(process.execPath, [cli, "generate", "--schema", schema], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  process.stdout.write("Prisma clients generated (sqlite, postgresql).\n");
}

main();
