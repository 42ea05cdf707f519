import "server-only";
// The core under every way in that changes or reads a person's data: server
// actions for forms (formAction), actions islands call (action) and JSON
// routes (jsonRoute, lib/http/json-route.ts). Each asks it who is calling,
// parses the input with it, and turns the data layer's refusals into a
// Failure with it; only the shape of the answer differs per caller
// (docs/decisions/020-error-family-and-action-core.md).
import type { z } from "zod";
import { getUser, type SessionUser } from "../auth/session";
import { hasRole, type Role } from "../auth/roles";
import { isAppError, type ErrorKind } from "../errors/errors";
import { withoutNul } from "../http/without-nul";
import type { FieldErrors } from "./form-state";

/** Who may call: anyone, anyone signed in, or a role (and the roles above it). */
export type Access = "public" | "signed-in" | Role;
export type Caller<A extends Access> = A extends "public" ? SessionUser | null : SessionUser;

export type FailureCode = "unauthenticated" | "invalid" | "unreadable" | ErrorKind;

export type Failure = {
  ok: false;
  code: FailureCode;
  /** A sentence for the person; callers may put their own in place of the defaults. */
  message: string;
  fieldErrors?: FieldErrors;
};

const FORBIDDEN = "You don't have permission to do that.";

export async function authorize<A extends Access>(access: A): Promise<{ ok: true; user: Caller<A> } | Failure> {
  const user = await getUser();
  if (access !== "public") {
    if (!user) return { ok: false, code: "unauthenticated", message: "Please sign in to do that." };
    if (access !== "signed-in" && !hasRole(user.role, access)) {
      return { ok: false, code: "forbidden", message: FORBIDDEN };
    }
  }
  return { ok: true, user: user as Caller<A> };
}

/** Every issue, keyed by its path joined with "." (a whole-input issue under `rootKey`). */
export function fieldErrorsOf(error: z.ZodError, rootKey: string): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || rootKey] ??= []).push(issue.message);
  return fieldErrors;
}

export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  rootKey: string,
): { ok: true; data: z.output<S> } | Failure {
  const parsed = schema.safeParse(withoutNul(raw));
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    code: "invalid",
    message: parsed.error.issues[0]?.message ?? "The request is not valid.",
    fieldErrors: fieldErrorsOf(parsed.error, rootKey),
  };
}

/** The data layer's refusal as a Failure; null for anything else (a real failure, for the caller to log). */
export function failureOf(error: unknown): Failure | null {
  if (!isAppError(error)) return null;
  return {
    ok: false,
    code: error.kind,
    message: error.message,
    ...(error.field ? { fieldErrors: { [error.field]: [error.fieldMessage ?? error.message] } } : {}),
  };
}

// What each wrapped action lets in, for the security registry's test
// (tests/security/actions-registry.test.ts).
const declaredAccess = new WeakMap<object, Access>();

export function declareAccess<F extends object>(fn: F, access: Access): F {
  declaredAccess.set(fn, access);
  return fn;
}

/** The access a wrapper declared; undefined for a function no wrapper made. */
export function accessOf(fn: unknown): Access | undefined {
  return typeof fn === "function" ? declaredAccess.get(fn) : undefined;
}
