import type { ComponentProps } from "react";

/**
 * A labelled textarea with its hint and every error, wired for screen
 * readers. Takes its own `id` because a page may hold several (one reply
 * form per shared entry).
 */
export function TextAreaField({
  id,
  label,
  hint,
  errors,
  className = "",
  ...textarea
}: ComponentProps<"textarea"> & { id: string; name: string; label: string; hint?: string; errors?: string[] }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="m-0 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`min-h-24 rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger ${className}`.trim()}
        {...textarea}
      />
      {errorId ? (
        <ul id={errorId} className="m-0 text-sm text-danger">
          {errors?.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
