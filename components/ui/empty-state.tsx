import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/**
 * A page or section with nothing in it yet: an icon, one sentence saying so
 * (and, if it helps, a second saying what will appear), and the next step as
 * a link or button. One look for every empty place, so "nothing yet" reads
 * as a calm start rather than something broken.
 */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  headingLevel,
}: {
  icon: LucideIcon;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  /** Make the sentence a heading (h2/h3) when the empty state stands for a whole section. */
  headingLevel?: 2 | 3;
}) {
  const Title = headingLevel ? (`h${headingLevel}` as const) : "p";
  return (
    <div className="flex flex-col items-start gap-3 rounded-card border border-dashed border-border-strong bg-surface p-5 sm:flex-row sm:gap-4 sm:p-6">
      <span className="flex size-11 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent">
        <Icon aria-hidden="true" className="size-6" strokeWidth={1.75} />
      </span>
      <div className="flex min-w-0 flex-col items-start gap-2">
        <Title className="m-0 text-lg font-semibold">{title}</Title>
        {children ? <div className="m-0 flex flex-col gap-2 text-ink-muted">{children}</div> : null}
        {action ? <div className="mt-1 flex flex-wrap gap-3">{action}</div> : null}
      </div>
    </div>
  );
}
