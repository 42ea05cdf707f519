// better-auth reports a refusal as an APIError with a code ("INVALID_PASSWORD").
// isAPIError, not instanceof: the build can hold two copies of better-auth
// (route handlers and actions), and errors cross between them.
import { isAPIError } from "better-auth/api";

/** The code of a better-auth refusal, or null for any other error (which should be rethrown). */
export function authErrorCode(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : "UNKNOWN";
}
