"use client";
// The signed-in part of the header, loaded after the page so that pages stay
// static and identical for every reader.
import Link from "next/link";
import { signOut } from "@/app/(auth)/actions";
import { useSession } from "@/components/session/use-session";

export function AccountMenu() {
  const state = useSession();

  if (state.status === "loading") {
    return <div className="min-h-11 min-w-24" aria-hidden="true" />;
  }
  const { session } = state;
  if (!session) {
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
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <li>
        <Link href="/dashboard">Dashboard</Link>
      </li>
      <li>
        <Link href="/journal">Journal</Link>
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
