import Link from "@/components/ui/link";

export type Tab = { href: string; label: string; current: boolean };

/**
 * Links between views of one page (a cohort's sections, the journal's views),
 * drawn as tabs: a row on a rule, the current one raised and underlined with
 * a bar, marked aria-current for screen readers. They are links, not an ARIA
 * tablist, because each one loads its own address. On a phone the row
 * scrolls sideways inside itself rather than pushing the page wider, with a
 * shadow at the edge where more tabs are hidden (`.scroll-cue`).
 */
export function TabNav({ label, tabs, current = "page" }: { label: string; tabs: Tab[]; current?: "page" | "true" }) {
  return (
    <nav aria-label={label} className="no-print scroll-cue -mx-1 overflow-x-auto px-1">
      <ul className="m-0 flex min-w-max list-none gap-1 border-b border-border p-0">
        {tabs.map((tab) => (
          <li key={tab.href} className="-mb-px">
            <Link
              href={tab.href}
              aria-current={tab.current ? current : undefined}
              className="inline-flex min-h-11 items-center rounded-t-lg border border-transparent border-b-0 px-3 py-2 font-medium text-ink-muted no-underline hover:bg-surface-muted hover:text-ink aria-[current]:border-border aria-[current]:bg-surface aria-[current]:font-semibold aria-[current]:text-ink aria-[current]:shadow-[inset_0_-3px_0_var(--accent)] sm:px-4"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
