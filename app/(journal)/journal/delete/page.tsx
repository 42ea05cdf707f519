import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { requireUser } from "@/lib/auth/session";
import { entryCounts } from "@/lib/reflections/journal";
import { DeleteAllForm } from "./_components/delete-all-form";

export const metadata: Metadata = { title: "Delete all your answers" };

export default async function DeleteAllAnswersPage() {
  const user = await requireUser("/journal/delete");
  const counts = await entryCounts(user);
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Your journal", href: "/journal" }, { label: "Delete all your answers" }]} />
      <h1 className="m-0 text-3xl font-semibold">Delete all your answers</h1>
      <DeleteAllForm empty={counts.all === 0}>
        <div className="flex flex-col gap-3">
          <p className="m-0">
            You have {counts.all === 1 ? "one answer" : `${counts.all} answers`} in your journal
            {counts.shared > 0 ? `, ${counts.shared} of them shared with a cohort` : ""}. Deleting them removes every
            answer and every earlier version for good, including the shared ones: facilitators won&rsquo;t see them
            either. It can&rsquo;t be undone.
          </p>
          <p className="m-0">
            Want a copy first?{" "}
            <a href="/api/journal/export?format=md" download>
              Download your answers as Markdown
            </a>{" "}
            or{" "}
            <a href="/api/journal/export?format=json" download>
              as JSON
            </a>
            .
          </p>
          <p className="m-0">Your account and your course progress stay as they are.</p>
        </div>
      </DeleteAllForm>
      <p className="m-0 border-t border-border pt-6 text-ink-muted">
        Want to leave altogether? <Link href="/account/delete">Delete your account and everything in it</Link>.
      </p>
    </div>
  );
}
