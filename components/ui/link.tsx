"use client";
// A link inside the app. It is a real <a href> (it works before the script
// loads, in a new tab, with the keyboard and with a screen reader), and a
// plain left click on a path of this site navigates through Next's router,
// as next/link does, without reloading the page. The route's data is fetched
// when a person shows intent: the pointer resting on the link, keyboard
// focus, or a touch. next/link also prefetches every link as it scrolls into
// view, which costs a phone's data and 3.4 KB of script on every page; see
// docs/decisions/059-own-link.md.
import { useRouter } from "next/navigation";
import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { useRef } from "react";

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: string };

/** A path on this site ("/journal", "/learn/x#y"), not another origin ("//x", "https:") or this page's own anchor ("#y"). */
export function isAppPath(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}

/** Whether the browser should handle this click itself: another tab or window, a download, a modified or non-primary click. */
export function browserHandlesClick(
  event: Pick<MouseEvent, "button" | "metaKey" | "ctrlKey" | "shiftKey" | "altKey" | "defaultPrevented">,
  anchor: { target?: string; download?: unknown },
): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (anchor.target !== undefined && anchor.target !== "" && anchor.target !== "_self") ||
    anchor.download !== undefined
  );
}

/** Only the fragment differs from the current address: the browser scrolls to it, with no navigation. */
function sameDocument(href: string): boolean {
  const url = new URL(href, window.location.href);
  return url.hash !== "" && url.pathname === window.location.pathname && url.search === window.location.search;
}

export default function Link({ href, onClick, onPointerEnter, onFocus, onTouchStart, ...anchor }: LinkProps) {
  const router = useRouter();
  // The address last prefetched: a link whose href changes (a page number, a filter) prefetches its new one.
  const prefetched = useRef<string | null>(null);
  const inApp = isAppPath(href);

  function prefetch() {
    if (!inApp || prefetched.current === href) return;
    prefetched.current = href;
    router.prefetch(href);
  }

  return (
    <a
      href={href}
      {...anchor}
      onClick={(event) => {
        onClick?.(event);
        if (!inApp || browserHandlesClick(event, anchor) || sameDocument(href)) return;
        event.preventDefault();
        router.push(href);
      }}
      onPointerEnter={(event) => {
        onPointerEnter?.(event);
        prefetch();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        prefetch();
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        prefetch();
      }}
    />
  );
}
