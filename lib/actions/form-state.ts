// The state a form action returns; shared by server actions and the client
// forms that show it (so it lives outside the server-only wrapper).
export type FieldErrors = Partial<Record<string, string[]>>;

export type FormState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export const IDLE_FORM_STATE: FormState = { status: "idle" };
