// One link in the header. Below the `lg` breakpoint it is a full-width row of
// the menu panel; from `lg` up it sits inline in the header's one row. The
// link of the page (or section) a person is on says so to everyone:
// aria-current="page", and a bar beside it (phone) or under it (desktop) as
// well as the colour.
import Link from "@/components/ui/link";
import type { ReactNode } from "react";

/** Shared by the links and the sign-out button, so they read as one set of navigation. */
export const NAV_ITEM =
  "relative flex min-h-12 w-full cursor-pointer items-center gap-2 px-4 text-left text-ink no-underline hover:bg-surface-muted hover:text-accent lg:min-h-16 lg:w-auto lg:px-1 lg:hover:bg-transparent";

export function NavLink({
  href,
  current,
  children,
  label,
}: {
  href: string;
  current: boolean;
  children: ReactNode;
  /** A fuller accessible name than the visible words, where they need one. */
  label?: string;
}) {
  return (
    <Link
      href={href}
      aria-label={label}
      aria-current={current ? "page" : undefined}
      className={`${NAV_ITEM} ${current ? "bg-accent-soft font-semibold lg:bg-transparent lg:font-normal lg:text-accent" : ""}`}
    >
      {children}
      {current ? (
        <span
          aria-hidden="true"
          className="absolute inset-y-2 left-0 w-1 rounded-r-sm bg-accent lg:inset-x-0 lg:top-auto lg:bottom-0 lg:h-[3px] lg:w-auto lg:rounded-t-sm lg:rounded-b-none"
        />
      ) : null}
    </Link>
  );
}
