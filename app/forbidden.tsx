import Link from "@/components/ui/link";

export default function Forbidden() {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">Error 403</p>
      <h1 className="text-3xl font-semibold">This page isn&rsquo;t open to your account</h1>
      <p>
        You&rsquo;re signed in, but this part of the course is for another role (for example facilitators or admins). If
        you think you should have access, ask your course administrator.
      </p>
      <p>
        <Link href="/">Go to the course home</Link>
      </p>
    </div>
  );
}
