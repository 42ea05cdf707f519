// The three ways the data layer says no, each with a sentence a person can
// read. Data modules throw these and nothing else for these cases; each kind
// of caller maps them once: forms in lib/actions/core.ts, JSON routes in
// lib/http/json-route.ts, pages in lib/errors/page.ts
// (docs/decisions/020-error-family-and-action-core.md). Anything else thrown
// is a real failure: logged, and answered with a 500 or the error page.
// No "server-only": client code may check a kind, and tests import these.

export type ErrorKind = "not-found" | "forbidden" | "rule";
type AppErrorOptions = { field?: string; fieldMessage?: string };

export abstract class AppError extends Error {
  abstract readonly kind: ErrorKind;
  /** The form field the sentence is about, when it is about one. */
  readonly field: string | undefined;
  /** What to say beside that field, when it differs from the message. */
  readonly fieldMessage: string | undefined;

  constructor(message: string, options: AppErrorOptions = {}) {
    super(message);
    this.field = options.field;
    this.fieldMessage = options.fieldMessage;
  }
}

/** It doesn't exist, or it isn't the caller's to see (the two look the same). */
export class NotFoundError extends AppError {
  readonly kind = "not-found";
  constructor(message = "That no longer exists.", options?: AppErrorOptions) {
    super(message, options);
    this.name = "NotFoundError";
  }
}

/** The caller is known, and may not do this. */
export class ForbiddenError extends AppError {
  readonly kind = "forbidden";
  constructor(message = "You don't have permission to do that.", options?: AppErrorOptions) {
    super(message, options);
    this.name = "ForbiddenError";
  }
}

/** A request that can't be done as asked: a rule of the app would be broken. */
export class RuleError extends AppError {
  readonly kind = "rule";
  constructor(message: string, options?: AppErrorOptions) {
    super(message, options);
    this.name = "RuleError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
