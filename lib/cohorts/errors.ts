/** Raised by the data layer when the person asking may not do this. */
export class AccessDeniedError extends Error {
  constructor(message = "You don't have permission to do that.") {
    super(message);
    this.name = "AccessDeniedError";
  }
}

/** A request that can't be done as asked, with a sentence for the person. */
export class CohortRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CohortRuleError";
  }
}
