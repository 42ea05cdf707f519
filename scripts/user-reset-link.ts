// `npm run user:reset-link -- <email>`: prints a one-time link with which that
// person chooses a new password (works once, for 24 hours). For whoever runs
// the server, when nobody can sign in as an admin, or no email is set up.
// Runs with the react-server condition, like the app, to use better-auth.
import { makeResetLinkByEmail, type ResetLink } from "../lib/admin/reset-links";
import { isAppError } from "../lib/errors/errors";
import { formatDateTime } from "../lib/time/format";

async function main(): Promise<number> {
  const [email] = process.argv.slice(2);
  if (!email) {
    console.error("Usage: npm run user:reset-link -- <email>");
    return 2;
  }
  let result: ResetLink;
  try {
    result = await makeResetLinkByEmail(email);
  } catch (error) {
    // A refusal (no such account, not an address) is said plainly; anything else is a real failure.
    if (!isAppError(error)) throw error;
    console.error(error.message);
    return 1;
  }
  console.log(`One-time reset link for ${result.name} <${result.email}>:`);
  console.log("");
  console.log(`  ${result.url}`);
  console.log("");
  console.log(
    `It works once, until ${formatDateTime(result.expiresAt, null)}. Send it to them yourself; it is not kept.`,
  );
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`Could not make a reset link: ${error instanceof Error ? error.message : String(error)}`);
    console.error("Has the database been migrated? Run `npm run db:migrate` first.");
    process.exit(1);
  });
