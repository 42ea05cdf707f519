// The state a form action returns; shared by server actions and the client
// forms that show it (so it lives outside the server-only wrapper).
export type FieldErrors = Partial<Record<string, string[]>>;
/** A form's values as sent; a field sent more than once (checkboxes) is an array. */
export type FormValues = Record<string, string | string[]>;

/** A one-time link shown once beside whom it is for (a personal invitation), never stored. */
export type OneTimeLink = { label: string; link: string };

export type FormState =
  | { status: "idle" }
  /** `link`: a one-time link shown once with the message (an admin's reset link), never stored. */
  | { status: "success"; message: string; link?: string; links?: OneTimeLink[] }
  /** `links`: as on success, when part of what was asked was done. */
  | { status: "error"; message: string; fieldErrors?: FieldErrors; values?: FormValues; links?: OneTimeLink[] };

export const IDLE_FORM_STATE: FormState = { status: "idle" };

/** Said when a form post arrives without form data (a hand-made or broken request). */
export const UNREADABLE_FORM_MESSAGE =
  "We couldn't read that form, so nothing was changed. Please reload the page and try again.";
