"use client";
// The signed-in part of the header, loaded after the page so that pages stay
// static and identical for every reader. Signed in, signed out, or unknown
// when the check can't get an answer (see account-menu-state.ts). The sign-out
// action comes in as a prop: components never import from app/.
import Link from "next/link";
import { useEffect } from "react";
import { forgetReadingPlace } from "@/components/course/reading-place";
import type { KnownSession } from "@/components/session/session-check";
import { useSessionCheck } from "@/components/session/use-session";
import { forgetsSession, menuAfterCheck, rememberCheck, type MenuState } from "./account-menu-state";

// The last real answer in this page view (the document, across client-side
// navigations); forgotten where the session changes.
let lastKnown: KnownSession | null = null;

function useMenuState(): MenuState {
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

export function AccountMenu({ signOut }: { signOut: SignOutAction }) {
  const state = useMenuState();

  if (state.status === "loading") {
    return <div className="min-h-11 min-w-24" aria-hidden="true" />;
  }
  if (state.status === "unknown") {
    // Can't tell right now: neither "Sign in" nor a name. /account signs in if needed.
    return (
      <ul className="flex items-center gap-4">
        <li>
          <Link href="/account">Account</Link>
        </li>
      </ul>
    );
  }
  if (state.status === "signed-out") {
    return (
      <ul className="flex items-center gap-4">
        <li>
          <Link href="/sign-in">Sign in</Link>
        </li>
        <li>
          <Link href="/sign-up">Create account</Link>
        </li>
      </ul>
    );
  }
  const { session } = state;
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <li>
        <Link href="/dashboard">Dashboard</Link>
      </li>
      <li>
        <Link href="/journal">Journal</Link>
      </li>
      <li>
        <NotificationsLink unread={session.unread ?? 0} />
      </li>
      {session.role === "facilitator" || session.role === "admin" ? (
        <li>
          <Link href="/facilitator">Facilitator</Link>
        </li>
      ) : null}
      {session.role === "admin" ? (
        <li>
          <Link href="/admin">Admin</Link>
        </li>
      ) : null}
      <li>
        <Link href="/account" aria-label={`Your account (${session.name})`}>
          {session.name}
        </Link>
      </li>
      <li>
        <form action={signOut}>
          <button type="submit" className="min-h-11 cursor-pointer text-accent underline underline-offset-4">
            Sign out
          </button>
        </form>
      </li>
    </ul>
  );
}

/** The way to one's notifications, with how many are unread (in words for screen readers). */
function NotificationsLink({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="inline-flex items-center gap-1.5">
      Notifications
      {unread > 0 ? (
        <>
          <span
            aria-hidden="true"
            className="min-w-6 rounded-full bg-accent px-1.5 text-center text-sm font-semibold text-accent-ink no-underline"
          >
            {unread > 99 ? "99+" : unread}
          </span>
          <span className="sr-only"> ({unread} unread)</span>
        </>
      ) : null}
    </Link>
  );
}
