import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { KIND_NAMES } from "@/lib/notifications/kinds";
import { myNotifications, NOTIFICATION_GONE } from "@/lib/notifications/notifications";
import { formatDateTime } from "@/lib/time/format";
import { MarkAllReadForm } from "./_components/mark-all-read-form";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { BellOff } from "lucide-react";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ gone?: string }> }) {
  const user = await requireUser("/notifications");
  const [{ gone }, notes] = await Promise.all([searchParams, myNotifications(user)]);
  const unread = notes.filter((note) => !note.read).length;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="m-0 text-3xl font-semibold">Notifications</h1>
        <p className="m-0 text-ink-muted">
          {unread === 0 ? "You're all caught up." : `${unread} new.`} Newest first. You can{" "}
          <Link href="/account#your-emails">choose which ones also come by email</Link>.
        </p>
      </header>

      {gone ? (
        <p role="status" className="m-0 rounded-md border-l-4 border-border bg-surface-muted px-4 py-3">
          {NOTIFICATION_GONE} What it was about may have been deleted or is no longer shared with you.
        </p>
      ) : null}

      {notes.length > 0 ? <MarkAllReadForm allRead={unread === 0} /> : null}

      {notes.length === 0 ? (
        <EmptyState
          icon={BellOff}
          title="Nothing here yet."
          action={
            <ButtonLink href="/dashboard" variant="secondary">
              Back to your dashboard
            </ButtonLink>
          }
        >
          <p className="m-0">
            Replies to answers you share, reminders, modules coming due and look-backs on the day you chose will show up
            here.
          </p>
        </EmptyState>
      ) : (
        <ul className="m-0 flex list-none flex-col gap-3 p-0" aria-label="Your notifications">
          {notes.map((note) => (
            <li
              key={note.id}
              className={`flex flex-col gap-1 rounded-lg border-l-4 p-4 ${
                note.read ? "border-border bg-surface" : "border-accent bg-accent-soft"
              }`}
            >
              <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
                <span className="font-medium text-ink">{KIND_NAMES[note.kind].tag}</span>
                {note.read ? null : (
                  <span className="rounded-sm bg-accent px-1.5 py-0.5 text-xs font-semibold text-accent-ink">New</span>
                )}
                <time dateTime={note.createdAt.toISOString()} className="whitespace-nowrap">
                  {formatDateTime(note.createdAt, user.timeZone)}
                </time>
              </span>
              <a href={`/notifications/${encodeURIComponent(note.id)}`} className={note.read ? "" : "font-semibold"}>
                {note.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
