// The site's header: one row on every screen. The brand on the left; from
// `lg` up the links inline, below it a "Menu" button that opens them (see
// main-nav.tsx). The row has a fixed height in every state, and the account
// links arrive at its right end or inside the closed menu, so the signed-in
// state arriving after the page moves nothing.
import Link from "@/components/ui/link";
import { BrandMark } from "@/components/brand/brand-mark";
import type { SignOutAction } from "./account-menu";
import { MainNav } from "./main-nav";

export function SiteHeader({ signOut }: { signOut: SignOutAction }) {
  return (
    <header className="no-print relative border-b border-border bg-surface">
      <nav aria-label="Main" className="mx-auto flex min-h-16 max-w-6xl flex-wrap items-center gap-x-6 px-4 sm:px-6">
        <Link href="/" className="flex min-h-11 items-center gap-2.5 text-lg font-semibold text-ink no-underline">
          <BrandMark className="size-8 shrink-0" />
          {/* Between lg and xl the row needs the room: the name is still there for screen readers. */}
          <span className="lg:max-xl:sr-only">It Takes Two</span>
        </Link>
        <MainNav signOut={signOut} />
      </nav>
    </header>
  );
}
