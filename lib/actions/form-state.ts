// The state a form action returns; shared by server actions and the client
// forms that show it (so it lives outside the server-only wrapper).
export type FieldErrors = Partial<Record<string, string[]>>;

export type FormState =
  | { status: "idle" }
  /** `link`: a one-time link shown once with the message (an admin's reset link), never stored. */
  | { status: "success"; message: string; link?: string }
  | { status: "error"; message: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export const IDLE_FORM_STATE: FormState = { status: "idle" };
