// How many of each account event a window allows (lib/auth/rate-limit.ts
// counts them in the database). Pure, so tests read the same numbers.
import type { RateLimitRule } from "./rate-limit";

const HOUR = 60 * 60 * 1000;

export const SIGN_UP_LIMITS = {
  // New accounts from one network address. High enough for a workshop room
  // behind one office connection signing up together.
  perIp: { limit: 50, windowMs: HOUR },
} satisfies Record<string, RateLimitRule>;

export const PASSWORD_RESET_LIMITS = {
  // "Forgot your password?" requests from one network address.
  perIp: { limit: 20, windowMs: HOUR },
  // Reset emails to one address: beyond this, nothing is sent, silently.
  perEmail: { limit: 3, windowMs: HOUR },
} satisfies Record<string, RateLimitRule>;

export const ACCOUNT_SETTINGS_LIMITS = {
  // Wrong current passwords on the account page: someone at an unlocked
  // laptop can't try password after password.
  wrongPasswordPerUser: { limit: 5, windowMs: 15 * 60 * 1000 },
  // Requests to move to another email address (each one sends email).
  emailChangePerUser: { limit: 5, windowMs: HOUR },
} satisfies Record<string, RateLimitRule>;
