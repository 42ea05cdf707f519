import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { TIME_ZONES } from "@/lib/time/zones";
import { TimeZoneForm } from "./_components/time-zone-form";

export const metadata: Metadata = { title: "Your account" };

const linkClass = "inline-flex min-h-11 items-center";

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold">Your account</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-border bg-surface p-6">
        <dt className="font-medium">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">Email</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-medium">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-medium">Time zone</dt>
        <dd>{user.timeZone ?? "Not set (dates are shown in UTC)"}</dd>
      </dl>

      <section
        aria-labelledby="time-zone"
        className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-6"
      >
        <h2 id="time-zone" className="m-0 text-2xl font-semibold">
          Time zone
        </h2>
        <TimeZoneForm timeZone={user.timeZone ?? null} zones={TIME_ZONES} />
      </section>

      <section
        aria-labelledby="your-data"
        className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-6"
      >
        <h2 id="your-data" className="m-0 text-2xl font-semibold">
          Your data
        </h2>
        <p className="m-0 text-ink-muted">
          What you write here belongs to you. Take a copy whenever you like, and delete it when you want to.
        </p>
        <ul className="m-0 flex list-none flex-col p-0">
          <li>
            <Link href="/journal" className={linkClass}>
              Your journal
            </Link>
          </li>
          <li>
            <a href="/api/journal/export?format=md" download className={linkClass}>
              Download your answers as Markdown
            </a>
          </li>
          <li>
            <a href="/api/journal/export?format=json" download className={linkClass}>
              Download your answers as JSON
            </a>
          </li>
          <li>
            <Link href="/journal/print" className={linkClass}>
              Print view of your journal
            </Link>
          </li>
          <li>
            <Link href="/journal/delete" className={`${linkClass} text-danger`}>
              Delete all my answers
            </Link>
          </li>
          <li>
            <Link href="/account/delete" className={`${linkClass} text-danger`}>
              Delete my account
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
