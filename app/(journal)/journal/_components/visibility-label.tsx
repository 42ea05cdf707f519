/** Who can see an answer, said plainly on every entry. */
export function visibilityText(shared: boolean): string {
  return shared ? "Shared with your facilitators" : "Only you can see this";
}

export function VisibilityLabel({ shared }: { shared: boolean }) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm text-ink ${
        shared ? "border-accent bg-accent-soft" : "border-border bg-surface-muted"
      }`}
    >
      {visibilityText(shared)}
    </span>
  );
}
