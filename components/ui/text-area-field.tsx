import type { ComponentProps } from "react";
import { FieldFrame } from "./field-frame";

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
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(control) => (
        <textarea
          {...control}
          className={`min-h-24 rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger ${className}`.trim()}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
