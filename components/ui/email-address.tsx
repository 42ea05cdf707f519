import { Fragment } from "react";

/**
 * An email address that wraps, when it must, before the "@" or a dot rather
 * than in the middle of a word ("learner@example.or / g" on a phone).
 */
export function EmailAddress({ email, className }: { email: string; className?: string }) {
  const parts = email.split(/(?=[@.])/);
  return (
    <span className={`[overflow-wrap:anywhere] ${className ?? ""}`.trim()}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
