"use client";
import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";

// Shown when a page fails on the server. It says what happened without
// technical detail; the digest lets an admin find the matching log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold">Something went wrong on our side</h1>
      <p>
        The page couldn&rsquo;t be shown just now. Anything you had already saved is safe. Please try again in a moment.
      </p>
      {error.digest ? <p className="text-sm text-ink-muted">Reference: {error.digest}</p> : null}
      <div className="flex flex-wrap gap-4">
        <Button type="button" onClick={reset}>
          Try again
        </Button>
        <Link href="/" className="self-center">
          Go to the course home
        </Link>
      </div>
    </div>
  );
}
