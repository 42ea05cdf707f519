import Link from "@/components/ui/link";

export default function NotFound() {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">Error 404</p>
      <h1 className="text-3xl font-semibold">We couldn&rsquo;t find that page</h1>
      <p>The link may be old, or the address may have a typo. Nothing you wrote is affected.</p>
      <p>
        <Link href="/">Go to the course home</Link>
      </p>
    </div>
  );
}
