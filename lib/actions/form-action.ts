import "server-only";
// The one wrapper every mutation goes through: read the session, parse the
// input with zod, check the permission, then run the handler with a typed
// context (all in ./core.ts). `formAction` serves <form>s (errors come back
// field by field, in the form's state); `action` serves islands that call
// with a typed object. A handler never catches the data layer's refusals
// (lib/errors/errors.ts): they come back here, as the form's message.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { log } from "../log/logger";
import { authorize, declareAccess, failureOf, parseInput, type Access, type Caller, type Failure } from "./core";
import { UNREADABLE_FORM_MESSAGE, type FormState, type FormValues } from "./form-state";

export type { Access } from "./core";
export type { FieldErrors, FormState } from "./form-state";

export type ActionFailure = Omit<Failure, "code"> & { code: Failure["code"] | "server" };

const SERVER_ERROR = "Something went wrong on our side and nothing was changed. Please try again in a moment.";

type Options<S extends z.ZodType, A extends Access, R> = {
  name: string;
  schema: S;
  access: A;
  handler: (input: z.output<S>, context: { user: Caller<A> }) => Promise<R>;
};

/** Session, permission, zod, handler; never throws except for Next's redirects. */
async function run<S extends z.ZodType, A extends Access, R>(
  options: Options<S, A, R>,
  raw: unknown,
): Promise<{ ok: true; value: R } | ActionFailure> {
  try {
    const caller = await authorize(options.access);
    if (!caller.ok) return caller;
    const input = parseInput(options.schema, raw, "form");
    if (!input.ok) return { ...input, message: "Please check the highlighted fields." };
    return { ok: true, value: await options.handler(input.data, { user: caller.user }) };
  } catch (error) {
    unstable_rethrow(error);
    const refusal = failureOf(error);
    if (refusal) return refusal;
    log.error("action.failed", { action: options.name, error });
    return { ok: false, code: "server", message: SERVER_ERROR };
  }
}

// Never echoed back into a form, even on error.
const SECRET_FIELDS = new Set(["password", "newPassword", "currentPassword"]);

/** A form's fields; a name sent more than once (checkboxes) arrives as an array. */
function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value) => typeof value === "string");
    if (all.length > 0) values[key] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

export function formAction<S extends z.ZodType, A extends Access>(
  options: Options<S, A, FormState>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return declareAccess(async (_previous: FormState, formData: unknown): Promise<FormState> => {
    // Anyone can call an action with any arguments, not only our forms.
    if (!(formData instanceof FormData)) return { status: "error", message: UNREADABLE_FORM_MESSAGE };
    const values = formValues(formData);
    const result = await run(options, values);
    if (result.ok) return result.value;
    const echo = Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values: echo };
  }, options.access);
}

export type ActionResult<R> = ({ ok: true } & R) | ActionFailure;

export function action<S extends z.ZodType, A extends Access, R extends object>(
  options: Options<S, A, R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return declareAccess(async (input: z.input<S>): Promise<ActionResult<R>> => {
    const result = await run(options, input);
    return result.ok ? { ok: true, ...result.value } : result;
  }, options.access);
}
