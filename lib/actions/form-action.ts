import "server-only";
// The one wrapper every mutation goes through: read the session, parse the
// input with zod, check the permission, then run the handler with a typed
// context. `formAction` serves <form>s (errors come back field by field);
// `action` serves islands that call with a typed object.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { log } from "../log/logger";
import { getUser, type SessionUser } from "../auth/session";
import { hasRole, type Role } from "../auth/roles";
import { withoutNul } from "../http/without-nul";
import { UNREADABLE_FORM_MESSAGE, type FieldErrors, type FormState } from "./form-state";

export type { FieldErrors, FormState } from "./form-state";

export type Access = "public" | "signed-in" | Role;
type Context<A extends Access> = { user: A extends "public" ? SessionUser | null : SessionUser };

export type ActionFailure = {
  ok: false;
  code: "unauthenticated" | "forbidden" | "invalid" | "server";
  message: string;
  fieldErrors?: FieldErrors;
};

const SERVER_ERROR = "Something went wrong on our side and nothing was changed. Please try again in a moment.";

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

type Options<S extends z.ZodType, A extends Access, R> = {
  name: string;
  schema: S;
  access: A;
  handler: (input: z.output<S>, context: Context<A>) => Promise<R>;
};

/** Session, permission, zod, handler; never throws except for Next's redirects. */
async function run<S extends z.ZodType, A extends Access, R>(
  options: Options<S, A, R>,
  raw: unknown,
): Promise<{ ok: true; value: R } | ActionFailure> {
  try {
    const user = await getUser();
    if (options.access !== "public") {
      if (!user) return { ok: false, code: "unauthenticated", message: "Please sign in to do that." };
      if (options.access !== "signed-in" && !hasRole(user.role, options.access)) {
        return { ok: false, code: "forbidden", message: "You don't have permission to do that." };
      }
    }
    const parsed = options.schema.safeParse(withoutNul(raw));
    if (!parsed.success) {
      return {
        ok: false,
        code: "invalid",
        message: "Please check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error),
      };
    }
    return { ok: true, value: await options.handler(parsed.data, { user } as Context<A>) };
  } catch (error) {
    unstable_rethrow(error);
    log.error("action.failed", { action: options.name, error });
    return { ok: false, code: "server", message: SERVER_ERROR };
  }
}

// Never echoed back into a form, even on error.
const SECRET_FIELDS = new Set(["password", "newPassword", "currentPassword"]);

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

export function formAction<S extends z.ZodType, A extends Access>(
  options: Options<S, A, FormState>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData: unknown) => {
    // Anyone can call an action with any arguments, not only our forms.
    if (!(formData instanceof FormData)) return { status: "error", message: UNREADABLE_FORM_MESSAGE };
    const values = formValues(formData);
    const result = await run(options, values);
    if (result.ok) return result.value;
    const echo = Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values: echo };
  };
}

export type ActionResult<R> = ({ ok: true } & R) | ActionFailure;

export function action<S extends z.ZodType, A extends Access, R extends object>(
  options: Options<S, A, R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    const result = await run(options, input);
    return result.ok ? { ok: true, ...result.value } : result;
  };
}
