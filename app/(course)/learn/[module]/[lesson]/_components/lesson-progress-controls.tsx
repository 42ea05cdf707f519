"use client";
// The personal part of a static lesson page: records the visit and offers
// "Mark as complete" to a signed-in learner; invites others to sign in.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useSession } from "@/components/session/use-session";
import { formatDate } from "@/lib/time/format";
import { setLessonCompleted, visitLesson } from "../../../actions";

type State =
  { status: "loading" } | { status: "ready"; completedAt: string | null } | { status: "error"; message: string };

export function LessonProgressControls({ lessonKey }: { lessonKey: string }) {
  const session = useSession();
  const pathname = usePathname();
  const signedIn = session.status === "ready" && session.session !== null;
  const [state, setState] = useState<State>({ status: "loading" });
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    void visitLesson({ lessonKey }).then((result) => {
      if (!live) return;
      setState(
        result.ok ? { status: "ready", completedAt: result.completedAt } : { status: "error", message: result.message },
      );
    });
    return () => {
      live = false;
    };
  }, [signedIn, lessonKey]);

  if (session.status === "loading") return <div className="min-h-24" aria-hidden="true" />;
  if (session.unknown) {
    // The server can't say who this is right now (an outage): no invitation to sign in, just the state of things.
    return (
      <div className="no-print rounded-lg border border-border bg-surface p-5">
        <p className="m-0">
          Your progress can&rsquo;t be loaded right now. Anything you write below stays on this device until it can be
          saved.
        </p>
      </div>
    );
  }
  if (!signedIn) {
    return (
      <div className="no-print rounded-lg border border-border bg-surface p-5">
        <p className="m-0">
          <Link href={`/sign-in?redirectTo=${encodeURIComponent(pathname)}`}>Sign in</Link> or{" "}
          <Link href={`/sign-up?redirectTo=${encodeURIComponent(pathname)}`}>create an account</Link> to keep track of
          your progress and save your reflections.
        </p>
      </div>
    );
  }

  const toggle = (completed: boolean) =>
    startTransition(async () => {
      const result = await setLessonCompleted({ lessonKey, completed });
      setState(
        result.ok ? { status: "ready", completedAt: result.completedAt } : { status: "error", message: result.message },
      );
    });

  const completedAt = state.status === "ready" ? state.completedAt : null;
  return (
    <div className="no-print flex flex-wrap items-center gap-4 rounded-lg border border-border bg-surface p-5">
      {completedAt ? (
        <>
          <p className="m-0 font-medium text-success" role="status">
            Completed on {formatDate(new Date(completedAt), session.session?.timeZone)}.
          </p>
          <button
            type="button"
            disabled={pending}
            onClick={() => toggle(false)}
            className="min-h-11 cursor-pointer text-accent underline underline-offset-4"
          >
            Mark as not complete
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            disabled={pending || state.status === "loading"}
            onClick={() => toggle(true)}
            className="min-h-11 rounded-md bg-accent px-4 font-medium text-accent-ink disabled:opacity-60"
          >
            Mark as complete
          </button>
          <p className="m-0 text-sm text-ink-muted" role="status">
            {state.status === "error" ? state.message : "Finished reading and answering? Mark it complete."}
          </p>
        </>
      )}
    </div>
  );
}
