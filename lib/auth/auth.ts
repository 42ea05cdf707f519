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
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";
import { resolveSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;
export const ACCOUNT_DISABLED_MESSAGE = "This account has been disabled. Please contact your course administrator.";

function createAuth() {
  const config = env();
  const appUrl = config.APP_URL ?? "http://localhost:3000";
  return betterAuth({
    appName: "It Takes Two",
    baseURL: appUrl,
    secret: resolveSecret(config),
    database: prismaAdapter(db(), { provider: dbProvider() }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
    },
    session: {
      expiresIn: SESSION_MAX_AGE_SECONDS,
      updateAge: 60 * 60 * 24,
      // getUser() relies on reading the user row on every request.
      cookieCache: { enabled: false },
    },
    user: {
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
