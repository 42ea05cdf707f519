import Link from "next/link";
import { AccountMenu, type SignOutAction } from "./account-menu";

export function SiteHeader({ signOut }: { signOut: SignOutAction }) {
  return (
    <header className="no-print border-b border-border bg-surface">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6"
      >
        <Link href="/" className="text-lg font-semibold text-ink no-underline">
          It Takes Two
        </Link>
        <ul className="flex flex-wrap items-center gap-4">
          <li>
            <Link href="/learn">Course</Link>
          </li>
          <li>
            <Link href="/about">About</Link>
          </li>
        </ul>
        <AccountMenu signOut={signOut} />
      </nav>
    </header>
  );
}
