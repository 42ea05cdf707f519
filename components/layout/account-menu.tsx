"use client";
// The signed-in part of the header, loaded after the page so that pages stay
// static and identical for every reader. Signed in, signed out, or unknown
// when the check can't get an answer (see account-menu-state.ts). The sign-out
// action comes in as a prop: components never import from app/.
import { useEffect } from "react";
import { forgetReadingPlace } from "@/components/course/reading-place";
import type { KnownSession } from "@/components/session/session-check";
import { useSessionCheck } from "@/components/session/use-session";
import { forgetsSession, menuAfterCheck, rememberCheck, type MenuState } from "./account-menu-state";
import type { NavItem } from "./nav-current";
import { NAV_ITEM, NavLink } from "./nav-link";

// The last real answer in this page view (the document, across client-side
// navigations); forgotten where the session changes.
let lastKnown: KnownSession | null = null;

/** What the account area shows now: loading, signed in, signed out or unknown. */
export function useMenuState(): MenuState {
  const { pathname, check } = useSessionCheck();
  const remembered = forgetsSession(pathname) ? null : lastKnown;
  useEffect(() => {
    if (check) lastKnown = rememberCheck(check, forgetsSession(pathname) ? null : lastKnown);
    // Signed in now: a place kept while signed out was carried by the form, or belongs to nobody here.
    if (check?.kind === "signed-in") forgetReadingPlace();
  }, [pathname, check]);
  if (!check) return { status: "loading" };
  return menuAfterCheck(check, remembered);
}

/** The server action that signs the person out, handed down from the root layout. */
export type SignOutAction = (formData: FormData) => void | Promise<void>;

const LIST = "m-0 flex list-none flex-col p-0 lg:flex-row lg:flex-wrap lg:items-center lg:justify-end lg:gap-x-4";

/**
 * The account links. From `lg` up they sit at the right end of the header's
 * row, so whatever arrives here moves nothing else; below `lg` they are in
 * the closed menu.
 */
export function AccountMenu({
  state,
  signOut,
  current,
}: {
  state: MenuState;
  signOut: SignOutAction;
  current: NavItem | null;
}) {
  // Each state's list is a new element (the key), never an old one resized: new
  // content appearing is not a layout shift, an element moving would be.
  if (state.status === "loading") {
    return <div className="min-h-12 lg:min-h-16 lg:min-w-24" aria-hidden="true" />;
  }
  if (state.status === "unknown") {
    // Can't tell right now: neither "Sign in" nor a name. /account signs in if needed.
    return (
      <ul key={state.status} className={LIST}>
        <li>
          <NavLink href="/account" current={current === "account"}>
            Account
          </NavLink>
        </li>
      </ul>
    );
  }
  if (state.status === "signed-out") {
    return (
      <ul key={state.status} className={LIST}>
        <li>
          <NavLink href="/sign-in" current={false}>
            Sign in
          </NavLink>
        </li>
        <li>
          <NavLink href="/sign-up" current={false}>
            Create account
          </NavLink>
        </li>
      </ul>
    );
  }
  const { session } = state;
  const staff = session.role === "facilitator" || session.role === "admin";
  return (
    <ul key={state.status} className={LIST}>
      <li>
        <NavLink href="/dashboard" current={current === "dashboard"}>
          Dashboard
        </NavLink>
      </li>
      <li>
        <NavLink href="/journal" current={current === "journal"}>
          Journal
        </NavLink>
      </li>
      <li>
        <NavLink href="/notifications" current={current === "notifications"}>
          Notifications
          <UnreadCount unread={session.unread ?? 0} />
        </NavLink>
      </li>
      {staff ? (
        <li>
          <NavLink href="/facilitator" current={current === "facilitator"}>
            Facilitator
          </NavLink>
        </li>
      ) : null}
      {session.role === "admin" ? (
        <li>
          <NavLink href="/admin" current={current === "admin"}>
            Admin
          </NavLink>
        </li>
      ) : null}
      <li>
        <NavLink href="/account" current={current === "account"} label={`Your account (${session.name})`}>
          <span className="max-w-56 truncate lg:max-w-28">{session.name}</span>
        </NavLink>
      </li>
      <li>
        <form action={signOut}>
          <button type="submit" className={NAV_ITEM}>
            Sign out
          </button>
        </form>
      </li>
    </ul>
  );
}

/** How many notifications are unread, in figures and (for screen readers) in words. */
function UnreadCount({ unread }: { unread: number }) {
  if (unread <= 0) return null;
  return (
    <>
      <span
        aria-hidden="true"
        className="min-w-6 rounded-full bg-accent px-1.5 text-center text-sm leading-6 font-semibold text-accent-ink"
      >
        {unread > 99 ? "99+" : unread}
      </span>
      <span className="sr-only"> ({unread} unread)</span>
    </>
  );
}
