import type { ComponentProps } from "react";

/** A labelled input with its hint and every error, wired for screen readers. */
export function Field({
  label,
  name,
  hint,
  errors,
  ...input
}: ComponentProps<"input"> & { label: string; name: string; hint?: string; errors?: string[] }) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="min-h-11 rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger"
        {...input}
      />
      {errorId ? (
        <ul id={errorId} className="text-sm text-danger">
          {errors?.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
