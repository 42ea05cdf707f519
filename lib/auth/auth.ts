import "server-only";
// The better-auth instance (see docs/decisions/003-accounts-with-better-auth.md).
// We call it from server actions and server components only; its HTTP
// endpoints are not mounted, so every way in goes through our own zod-checked
// actions and rate limit.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db, dbProvider } from "../db/client";
import { env } from "../env";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { log } from "../log/logger";
import { runInBackground } from "../mail/mailer";
import { CONFIRM_EMAIL_LINK_SECONDS, RESET_EMAIL_LINK_SECONDS } from "./account-links";
import { sendConfirmEmailMail, sendResetPasswordMail } from "./account-mail";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";
import { RESET_PASSWORD_PREFIX, storedResetIdentifier } from "./reset-token-storage";
import { resolveSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;
/**
 * How often a session's row is refreshed while it is used. Its updatedAt is
 * the "last active" on the account page, so an hour (not better-auth's day)
 * keeps that true to the hour, for at most one write per session per hour.
 */
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60;
export const ACCOUNT_DISABLED_MESSAGE = "This account has been disabled. Please contact your course administrator.";

function createAuth() {
  const config = env();
  const appUrl = config.appUrl;
  return betterAuth({
    appName: "It Takes Two",
    baseURL: appUrl,
    secret: resolveSecret(config),
    database: prismaAdapter(db(), { provider: dbProvider() }),
    telemetry: { enabled: false },
    // Its warnings and errors join ours, one JSON line each (lib/log/logger.ts).
    logger: {
      level: "warn",
      log: (level, message, ...details: unknown[]) => log[level]("auth.library", { message, details }),
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      // "Forgot your password?" (lib/auth/password-reset.ts). Only asked for
      // when SMTP_URL is set; the admin's one-time links need no email.
      sendResetPassword: sendResetPasswordMail,
      resetPasswordTokenExpiresIn: RESET_EMAIL_LINK_SECONDS,
      revokeSessionsOnPasswordReset: true,
    },
    emailVerification: {
      // Used only to confirm a new address on the account page
      // (lib/account/email-change.ts); sign-up and sign-in send nothing.
      sendVerificationEmail: sendConfirmEmailMail,
      sendOnSignUp: false,
      sendOnSignIn: false,
      autoSignInAfterVerification: false,
      expiresIn: CONFIRM_EMAIL_LINK_SECONDS,
    },
    verification: {
      // Reset tokens are kept hashed (lib/auth/reset-token-storage.ts).
      storeIdentifier: {
        default: "plain",
        overrides: {
          [RESET_PASSWORD_PREFIX]: { hash: (identifier) => Promise.resolve(storedResetIdentifier(identifier)) },
        },
      },
    },
    session: {
      expiresIn: SESSION_MAX_AGE_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
      // getUser() relies on reading the user row on every request.
      cookieCache: { enabled: false },
    },
    user: {
      // Our own action checks the password first (lib/account/email-change.ts).
      changeEmail: { enabled: true },
      additionalFields: {
        // Never settable by the person signing up: roles change through
        // `npm run user:role` or the admin page.
        role: { type: "string", input: false, defaultValue: "learner", required: false },
        disabledAt: { type: "date", input: false, required: false },
        // Set by our own actions after checking it (lib/account/time-zone.ts).
        timeZone: { type: "string", input: false, required: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account keeps its data but gets no new session.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (user?.disabledAt) throw new APIError("FORBIDDEN", { message: ACCOUNT_DISABLED_MESSAGE });
          },
        },
      },
    },
    advanced: {
      useSecureCookies: appUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      cookiePrefix: "itt",
      // The address recorded with each session is the one our own server
      // worked out (decision 018), never a header the client wrote.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // Emails go out after the answer: a reset request for an unknown
      // address (nothing to send) and a known one take the same time.
      backgroundTasks: { handler: runInBackground },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { __trustCourseAuth?: Auth };

export function auth(): Auth {
  globalForAuth.__trustCourseAuth ??= createAuth();
  return globalForAuth.__trustCourseAuth;
}
