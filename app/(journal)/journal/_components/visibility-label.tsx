import { hasReaders, visibilityLabel, type SharingCohort } from "@/lib/cohorts/visibility";

/** Who can see an answer, said plainly (the people by name, with their cohort) on every entry. */
export function VisibilityLabel({ sharedWith }: { sharedWith: SharingCohort[] }) {
  const seen = sharedWith.some(hasReaders);
  return (
    <span
      className={`inline-flex items-center rounded-2xl border px-2.5 py-0.5 text-sm text-ink ${
        seen ? "border-accent bg-accent-soft" : "border-border bg-surface-muted"
      }`}
    >
      {visibilityLabel(sharedWith)}
    </span>
  );
}
