import Link from "@/components/ui/link";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { formatList } from "@/lib/cohorts/visibility";

/** A cohort's link that opens nothing (replaced, used, expired, archived): why, and what is still open. */
export function CohortLinkRefused({ title, message }: { title: string; message: string }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="m-0 text-3xl font-semibold">{title}</h1>
      <FormMessage tone="error">{message}</FormMessage>
      <p className="m-0">
        You can still <Link href="/learn">read the course on your own</Link>.
      </p>
    </div>
  );
}

/**
 * The welcome of /join/<code> (a cohort's shared link) and /invite/<token>
 * (a personal invitation): the cohort, who runs it, what joining shares and
 * what it doesn't, then the join form, or sign-up and sign-in back to `here`.
 */
export function CohortWelcome({
  cohort,
  here,
  note,
  form,
}: {
  cohort: { name: string; description: string; facilitators: string[] };
  here: string;
  /** A line about the link itself, when there is one to say. */
  note?: string;
  /** The join form, for someone signed in; null asks them to sign up or in first. */
  form: React.ReactNode | null;
}) {
  const { facilitators } = cohort;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-5">
      <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">You&rsquo;re invited</p>
      <h1 className="m-0 text-3xl font-semibold">Join {cohort.name}</h1>
      {cohort.description ? <p className="m-0 whitespace-pre-wrap">{cohort.description}</p> : null}
      <p className="m-0 text-ink-muted">
        {facilitators.length > 0 ? `Facilitated by ${formatList(facilitators)}. ` : ""}
        {facilitators.length === 1 ? "Your facilitator" : facilitators.length > 1 ? "They" : "Its facilitators"} will
        see your progress through the modules they assign.
      </p>
      <p className="m-0 text-ink-muted">
        Your answers stay private: joining shows this cohort nothing you have written. Later you can share a single
        answer with it if you choose. You&rsquo;ll see who can read it before you do, and you can stop sharing at any
        time.
      </p>
      {note ? <p className="m-0 text-ink-muted">{note}</p> : null}
      {form ?? (
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/sign-up?redirectTo=${encodeURIComponent(here)}`}>Create an account to join</ButtonLink>
          <ButtonLink href={`/sign-in?redirectTo=${encodeURIComponent(here)}`} variant="secondary">
            Sign in to join
          </ButtonLink>
        </div>
      )}
    </div>
  );
}
