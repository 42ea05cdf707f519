import { visibilityLabel } from "@/lib/cohorts/visibility";

/** Who can see an answer, said plainly (by name when shared) on every entry. */
export function VisibilityLabel({ shared, audience }: { shared: boolean; audience: string[] }) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm text-ink ${
        shared ? "border-accent bg-accent-soft" : "border-border bg-surface-muted"
      }`}
    >
      {visibilityLabel(shared, audience)}
    </span>
  );
}
