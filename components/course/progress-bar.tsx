/** A labelled progress bar: the label says it in words, the bar shows it. */
export function ProgressBar({ label, completed, total }: { label: string; completed: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((completed / total) * 100);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between gap-4 text-sm">
        <span>{label}</span>
        <span className="text-ink-muted">
          {completed} of {total} lessons
        </span>
      </div>
      {/* The track is the border colour, so an empty bar still shows on a muted card. */}
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% (${completed} of ${total} lessons complete)`}
        className="h-2 overflow-hidden rounded-full bg-border print:border print:border-black"
      >
        <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
