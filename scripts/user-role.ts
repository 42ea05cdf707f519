// `npm run user:role -- <email> <role>`: changes an account's role.
import { setRoleByEmail } from "./admin/set-role";
import { ROLES } from "../lib/auth/roles";
import { createDb } from "../lib/db/client";
import { env } from "../lib/env";

async function main() {
  const [email, role] = process.argv.slice(2);
  if (!email || !role) {
    console.error(`Usage: npm run user:role -- <email> <${ROLES.join("|")}>`);
    process.exit(2);
  }
  const db = createDb(env().databaseUrl);
  try {
    const result = await setRoleByEmail(db, { email, role });
    if (!result.ok) {
      console.error(result.message);
      process.exit(1);
    }
    console.log(`${result.name} <${result.email}>: ${result.from} → ${result.to}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Could not change the role: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
