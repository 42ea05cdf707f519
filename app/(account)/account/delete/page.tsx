import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { backupRetentionSentence } from "@/lib/ops/retention";
import { DeleteAccountForm } from "./_components/delete-account-form";

export const metadata: Metadata = { title: "Delete your account" };

export default async function DeleteAccountPage() {
  const user = await requireUser("/account/delete");
  const config = env();
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Your account", href: "/account" }, { label: "Delete your account" }]} />
      <h1 className="m-0 text-3xl font-semibold">Delete your account</h1>
      <div className="flex flex-col gap-3">
        <p className="m-0">Deleting your account removes, for good and straight away:</p>
        <ul className="m-0 list-disc pl-6">
          <li>every answer you wrote, with its earlier versions, including any you shared with a cohort;</li>
          <li>your progress through the course;</li>
          <li>your name, email address and password, and every place you are signed in.</li>
        </ul>
        <p className="m-0">It can&rsquo;t be undone, and nobody can bring it back for you.</p>
        <p className="m-0">{backupRetentionSentence({ keep: config.BACKUP_KEEP, everyMs: config.backupEveryMs })}</p>
        <p className="m-0">
          Want to keep your answers?{" "}
          <a href="/api/journal/export?format=md" download>
            Download them as Markdown
          </a>{" "}
          or{" "}
          <a href="/api/journal/export?format=json" download>
            as JSON
          </a>{" "}
          first. If you only want your answers gone, you can <Link href="/journal/delete">delete all your answers</Link>{" "}
          and keep your account.
        </p>
      </div>
      <DeleteAccountForm userId={user.id} email={user.email} />
    </div>
  );
}
