import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { requireUser } from "@/lib/auth/session";
import { markRepliesRead } from "@/lib/cohorts/shared-reflections";
import { wholeJournal } from "@/lib/reflections/journal";
import { idsInGroups, journalExtras, unreadReplyEntryIds } from "@/lib/reflections/journal-extras";
import { formatDay } from "../_components/entry-date";
import { JournalGroups } from "../_components/journal-groups";
import { PrintButton } from "@/components/ui/print-button";

export const metadata: Metadata = { title: "Print your journal" };

export default async function PrintJournalPage() {
  const user = await requireUser("/journal/print");
  const data = await wholeJournal(user);
  const extras = await journalExtras(user, idsInGroups(data.groups));
  // The replies show as "New" on this page; from now on they count as read.
  await markRepliesRead(user, unreadReplyEntryIds(extras));
  return (
    <div className="flex flex-col gap-8 print:gap-4">
      <header className="flex flex-col gap-3">
        <Breadcrumbs items={[{ label: "Your journal", href: "/journal" }, { label: "Print your journal" }]} />
        <h1 className="m-0 text-3xl font-semibold">Your journal</h1>
        <p className="m-0 text-ink-muted">
          {user.name}&rsquo;s answers from It Takes Two, printed on {formatDay(new Date(), user.timeZone)}.{" "}
          {data.total === 1 ? "One answer" : `${data.total} answers`}, in course order.
        </p>
        <div className="no-print flex flex-wrap items-center gap-4">
          <PrintButton />
          <Link href="/journal" className="inline-flex min-h-11 items-center">
            Back to your journal
          </Link>
        </div>
        <p className="no-print m-0 text-sm text-ink-muted">
          The printout leaves out the site&rsquo;s menus and buttons. Each answer still says who can see it.
        </p>
      </header>
      {data.total === 0 ? (
        <p className="m-0">
          There is nothing to print yet. <Link href="/learn">Go to the course</Link> to write your first answer.
        </p>
      ) : (
        <JournalGroups groups={data.groups} extras={extras} zone={user.timeZone} forPrint />
      )}
    </div>
  );
}
