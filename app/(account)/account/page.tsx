import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { listMySessions, type SignedInDevice } from "@/lib/account/sessions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { currentSessionId, requireUser } from "@/lib/auth/session";
import { myFeed } from "@/lib/calendar/feeds";
import { mailConfigured } from "@/lib/mail/mailer";
import { emailChoices } from "@/lib/notifications/preferences";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { TIME_ZONES } from "@/lib/time/zones";
import { zoneOffsets } from "@/lib/time/zone-choices";
import { CalendarLinkForm } from "./_components/calendar-link-form";
import { EmailChoicesForm } from "./_components/email-choices-form";
import { EmailForm } from "./_components/email-form";
import { NameForm } from "./_components/name-form";
import { PasswordForm } from "./_components/password-form";
import { SignedInDevices, type DeviceRow } from "./_components/signed-in-devices";
import { TimeZoneForm } from "./_components/time-zone-form";
import { EmailAddress } from "@/components/ui/email-address";

export const metadata: Metadata = { title: "Your account" };

const linkClass = "inline-flex min-h-11 items-center";
const sectionClass = "flex scroll-mt-4 flex-col gap-3 rounded-lg border border-border bg-surface p-4 sm:p-6";

// Their ids are for "On this page" links; none is a form field's id.
const SECTIONS = [
  { id: "your-name", title: "Name" },
  { id: "your-email", title: "Email address" },
  { id: "your-password", title: "Password" },
  { id: "your-devices", title: "Where you’re signed in" },
  { id: "your-time-zone", title: "Time zone" },
  { id: "your-emails", title: "Emails we send" },
  { id: "your-calendar", title: "Calendar" },
  { id: "your-data", title: "Your data" },
] as const;

function Section({
  id,
  children,
  intro,
}: {
  id: (typeof SECTIONS)[number]["id"];
  children: React.ReactNode;
  intro?: React.ReactNode;
}) {
  const title = SECTIONS.find((s) => s.id === id)?.title;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={sectionClass}>
      <h2 id={`${id}-heading`} className="m-0 text-2xl font-semibold">
        {title}
      </h2>
      {intro ? <p className="m-0 text-ink-muted">{intro}</p> : null}
      {children}
    </section>
  );
}

function deviceRow(device: SignedInDevice, zone: string | null | undefined): DeviceRow {
  return {
    id: device.id,
    device: device.device,
    current: device.current,
    lastActive: device.current
      ? "Active now"
      : device.activeRecently
        ? "Active in the last hour"
        : `Last active ${formatDateTime(device.lastActiveAt, zone)}`,
    signedIn: `Signed in ${formatDateTime(device.signedInAt, zone)}`,
  };
}

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ updated?: string | string[] }>;
}) {
  const user = await requireUser("/account");
  // After a password change this device has a new session, so the action
  // redirects here (decision 017) rather than answering in place.
  const { updated } = await searchParams;
  const [sessions, choices, feed] = await Promise.all([
    currentSessionId().then((id) => listMySessions(user, id)),
    emailChoices(user),
    myFeed(user),
  ]);
  const devices = sessions.map((session) => deviceRow(session, user.timeZone));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="m-0 text-3xl font-semibold">Your account</h1>
        <p className="m-0 text-ink-muted">
          You’re signed in as {user.name}, with the role of {ROLE_LABELS[user.role].toLowerCase()}.
        </p>
      </div>

      <nav aria-labelledby="on-this-page" className="rounded-lg border border-border bg-surface-muted p-4">
        <h2 id="on-this-page" className="m-0 text-base font-semibold">
          On this page
        </h2>
        <ul className="m-0 flex list-none flex-wrap gap-x-5 p-0">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className={linkClass}>
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="your-name">
        <NameForm name={user.name} />
      </Section>

      <Section
        id="your-email"
        intro={
          <>
            You sign in with{" "}
            <strong className="text-ink">
              <EmailAddress email={user.email} />
            </strong>
            .
          </>
        }
      >
        <EmailForm mailConfigured={mailConfigured()} />
      </Section>

      <Section id="your-password" intro="Changing it signs you out on every other device.">
        <PasswordForm email={user.email} justChanged={updated === "password"} />
      </Section>

      <Section
        id="your-devices"
        intro="Every browser signed in to your account. If you don’t recognise one, sign it out and change your password."
      >
        <SignedInDevices devices={devices} />
      </Section>

      <Section
        id="your-time-zone"
        intro={
          user.timeZone
            ? `Dates are shown in ${user.timeZone.replaceAll("_", " ")} time.`
            : "Your time zone: Not set (dates are shown in UTC)."
        }
      >
        <TimeZoneForm timeZone={user.timeZone ?? null} zones={zoneOffsets(TIME_ZONES)} />
      </Section>

      <Section
        id="your-emails"
        intro={
          mailConfigured()
            ? "Everything also shows under Notifications in the app; choose what comes by email too."
            : "This site doesn’t send email at the moment, so everything shows only under Notifications. Your choices apply if it starts to."
        }
      >
        <EmailChoicesForm choices={choices} />
      </Section>

      <Section
        id="your-calendar"
        intro="Due dates in the calendar app you already use. Every date is an all-day event on its day: due by the end of that day, in the cohort’s time zone."
      >
        <p className="m-0">What’s in it:</p>
        <ul className="m-0 flex list-disc flex-col gap-1 pl-6">
          <li>each module assigned to you that you haven’t finished, on its due day;</li>
          <li>your look-backs, on the day you chose;</li>
          <li>if you run cohorts, the due dates of the modules assigned in them.</li>
        </ul>
        <p className="m-0">
          Only dates, module and cohort names, and links into the course: nothing you wrote is ever in it.
        </p>
        <h3 className="m-0 mt-2 text-lg font-semibold">Download once</h3>
        <p className="m-0">A file to import. It doesn’t change afterwards: download it again when due dates change.</p>
        <p className="m-0">
          <a href="/api/calendar" download className={linkClass}>
            Download your calendar (.ics)
          </a>
        </p>
        <h3 className="m-0 mt-2 text-lg font-semibold">Subscribe with a private link</h3>
        <p className="m-0">
          Your calendar app checks the link now and then, so new and changed due dates appear by themselves.{" "}
          <strong>Anyone with the link can see these dates and module names</strong> (never anything you wrote), so keep
          it to yourself. If it has gone further than you meant, replace it or turn it off.
        </p>
        <CalendarLinkForm on={feed !== null} since={feed ? formatDate(feed.createdAt, user.timeZone) : null} />
      </Section>

      <Section
        id="your-data"
        intro="What you write here belongs to you. Take a copy whenever you like, and delete it when you want to."
      >
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
      </Section>
    </div>
  );
}
