import type { ComponentProps } from "react";
import { FieldFrame } from "./field-frame";

/** A labelled input with its hint and every error, wired for screen readers. */
export function Field({
  label,
  name,
  hint,
  errors,
  ...input
}: ComponentProps<"input"> & { label: string; name: string; hint?: string; errors?: string[] }) {
  return (
    <FieldFrame id={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          name={name}
          className="min-h-11 rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger"
          {...input}
        />
      )}
    </FieldFrame>
  );
}
