"use client";
// The header's links. From `lg` up they sit in the header's one row; below
// it they wait behind a "Menu" button: a disclosure (a real button with
// aria-expanded and aria-controls) that opens a panel under the header. The
// panel closes on Escape (focus back on the button), on a click outside it,
// after a link is chosen and on any navigation. Which link is current comes
// from the address, read here in the browser, so the pages stay static.
import { usePathname } from "next/navigation";
import { startTransition, useEffect, useId, useRef, useState, type MouseEvent } from "react";
import { CloseIcon, MenuIcon } from "@/components/ui/inline-icons";
import { AccountMenu, useMenuState, type SignOutAction } from "./account-menu";
import { currentNavItem } from "./nav-current";
import { NavLink } from "./nav-link";

/**
 * False while hydrating, true from then on. Set in a transition, so the
 * re-render it brings is done in slices rather than in one long task right
 * after hydration (decision 062).
 */
function useInBrowser(): boolean {
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => startTransition(() => setInBrowser(true)), []);
  return inBrowser;
}

export function MainNav({ signOut }: { signOut: SignOutAction }) {
  const pathname = usePathname();
  // The mark comes once the page is running in the browser: a page's HTML may
  // have been made for another address (the 404 page is one HTML for every
  // unknown address), and a mark that differed there would break hydration.
  // The bar is drawn out of the flow, so its arrival moves nothing.
  const inBrowser = useInBrowser();
  const current = inBrowser ? currentNavItem(pathname) : null;
  const state = useMenuState();
  // The menu is open on the page it was opened on: any navigation closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn !== null && openOn === pathname;
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (buttonRef.current?.contains(target) || panelRef.current?.contains(target)) return;
      setOpenOn(null);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  // Choosing a link closes the menu, even one to the page already open.
  const closeOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest("a")) setOpenOn(null);
  };
  const unread = state.status === "signed-in" ? (state.session.unread ?? 0) : 0;

  return (
    <>
      {/* The button's width does not wait for its contents: a browser may draw
          the page while the HTML is still arriving, with the button there and
          its icon and word not yet, and a right-aligned button that then grew
          would move (min-w-24 holds the icon, the word and the padding). */}
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="relative ml-auto inline-flex min-h-11 min-w-24 cursor-pointer items-center gap-2 rounded-md border border-border px-3 font-medium text-ink hover:bg-surface-muted lg:hidden"
      >
        {open ? <CloseIcon className="size-5" /> : <MenuIcon className="size-5" />}
        Menu
        {unread > 0 ? (
          // A dot for unread notifications; the count itself is in the menu, in words.
          <span
            aria-hidden="true"
            className="absolute -top-1 -right-1 size-3 rounded-full border-2 border-surface bg-accent"
          />
        ) : null}
      </button>
      <div
        ref={panelRef}
        id={panelId}
        onClick={closeOnLink}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] flex-col overflow-y-auto border-b border-border bg-surface py-2 shadow-lg lg:static lg:z-auto lg:flex lg:max-h-none lg:flex-1 lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-5 lg:overflow-visible lg:border-0 lg:py-0 lg:shadow-none`}
      >
        <ul className="m-0 flex list-none flex-col p-0 lg:flex-row lg:items-center lg:gap-x-5">
          <li>
            <NavLink href="/learn" current={current === "course"}>
              Course
            </NavLink>
          </li>
          <li>
            <NavLink href="/about" current={current === "about"}>
              About
            </NavLink>
          </li>
        </ul>
        {/* From lg up this box fills the rest of the row and never moves; the links arrive at its right end. */}
        <div className="mt-2 border-t border-border pt-2 lg:mt-0 lg:flex lg:flex-1 lg:justify-end lg:border-0 lg:pt-0">
          <AccountMenu state={state} signOut={signOut} current={current} />
        </div>
      </div>
    </>
  );
}
