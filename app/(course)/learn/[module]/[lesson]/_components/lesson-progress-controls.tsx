"use client";
// The personal part of a static lesson page, at its end. For a signed-in
// learner it records the visit, notes when they reach this point, and shows
// how the lesson stands: it completes by itself once they got here with an
// answer to each question (a save or this point, whichever comes last), and
// "Mark as complete" is there for reading without writing. Finishing the
// module shows what they wrote in it and what comes next. The state it loads
// also carries the learner's earlier choices in the lesson's checks and
// scenarios, handed to them through the lesson's context. Others are invited
// to sign in.
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  useTransition,
  type ComponentProps,
  type ComponentType,
} from "react";
import { usePublishChoices } from "@/components/course/lesson-context";
import { rememberReading } from "@/components/course/reading-place";
import { REFLECTION_SAVED_EVENT } from "@/components/course/reflection-autosave";
import { useSession } from "@/components/session/use-session";
import { formatDate } from "@/lib/time/format";
import { reachLessonEnd, setLessonCompleted, visitLesson, type LessonView } from "../../../actions";
import { PROGRESS_CHANGED_EVENT } from "../../../_components/use-course-progress";
import type { ModuleWrapUp as WrapUp } from "./module-wrap-up";

// The module's wrap-up shows only to a signed-in learner who finished the
// module, so it is a chunk of its own, fetched once the learner is known to
// be signed in: readers who are not never load it (docs/decisions/054-lesson-islands-on-demand.md).
// If it can't be fetched, the lesson goes on without it.
const loadWrapUp = () => import("./module-wrap-up");
const ModuleWrapUp = lazy<ComponentType<ComponentProps<typeof WrapUp>>>(() =>
  loadWrapUp().then(
    (m) => ({ default: m.ModuleWrapUp }),
    () => ({ default: () => null }),
  ),
);

type State = { status: "loading" } | { status: "ready"; view: LessonView } | { status: "error"; message: string };
type Result = Awaited<ReturnType<typeof visitLesson>>;

function promptsLeft({ total, answered }: LessonView["prompts"]): string {
  const left = total - answered;
  if (total === 0) return "";
  if (left <= 0) return `You have answered ${total === 1 ? "its question" : `all ${total} questions`}.`;
  return `You have answered ${answered} of ${total} ${total === 1 ? "question" : "questions"}.`;
}

export function LessonProgressControls({
  lessonKey,
  lastInModule,
  nextModuleBelow,
}: {
  lessonKey: string;
  /** Whether this is the module's last lesson (its end is where the module ends). */
  lastInModule: boolean;
  /** The number of the module the page's own next step leads into, when it leads into another one. */
  nextModuleBelow: number | null;
}) {
  const session = useSession();
  const pathname = usePathname();
  const signedIn = session.status === "ready" && session.session !== null;
  const [state, setState] = useState<State>({ status: "loading" });
  const [pending, startTransition] = useTransition();
  const box = useRef<HTMLDivElement>(null);
  // One request at a time, each sent after the last one's answer: a later
  // request always sees what an earlier one wrote, and answers arrive in order.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const completed = useRef<string | null | undefined>(undefined);
  // Completed during this visit: the moment for the module's wrap-up, whichever lesson it was.
  const [justCompleted, setJustCompleted] = useState(false);

  const publishChoices = usePublishChoices();

  useEffect(() => {
    if (signedIn) void loadWrapUp().catch(() => undefined);
  }, [signedIn]);

  const apply = useCallback(
    (result: Result) => {
      if (!result.ok) return setState({ status: "error", message: result.message });
      setState({ status: "ready", view: result });
      publishChoices?.(result.choices);
      if (completed.current !== undefined && completed.current !== result.completedAt) {
        window.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
        setJustCompleted(result.completedAt !== null);
      }
      completed.current = result.completedAt;
    },
    [publishChoices],
  );

  const ask = useCallback(
    (call: () => Promise<Result>) => {
      const next = queue.current.then(call).then(apply, () => {
        setState({
          status: "error",
          message: "Your progress couldn’t be reached just now. Reload the page to try again.",
        });
      });
      queue.current = next;
      return next;
    },
    [apply],
  );

  const signedOut = session.status === "ready" && session.session === null && !session.unknown;

  useEffect(() => {
    // Signed out, the place is kept in this browser until they sign in.
    if (signedOut) rememberReading(lessonKey);
    if (!signedIn) return;
    void ask(() => visitLesson({ lessonKey }));
    const onSaved = (event: Event) => {
      const detail = (event as CustomEvent<{ lessonKey?: string }>).detail;
      if (detail?.lessonKey === lessonKey) void ask(() => visitLesson({ lessonKey }));
    };
    window.addEventListener(REFLECTION_SAVED_EVENT, onSaved);
    return () => window.removeEventListener(REFLECTION_SAVED_EVENT, onSaved);
  }, [signedIn, signedOut, lessonKey, ask]);

  // Reaching this point of the page, once per visit.
  useEffect(() => {
    const element = box.current;
    if (!(signedIn || signedOut) || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      if (signedIn) void ask(() => reachLessonEnd({ lessonKey }));
      else rememberReading(lessonKey, true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [signedIn, signedOut, lessonKey, ask, session.status]);

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
      <div ref={box} className="no-print rounded-lg border border-border bg-surface p-5">
        <p className="m-0">
          <Link href={`/sign-in?redirectTo=${encodeURIComponent(pathname)}`}>Sign in</Link> or{" "}
          <Link href={`/sign-up?redirectTo=${encodeURIComponent(pathname)}`}>create an account</Link> to keep track of
          your progress and save your reflections.
        </p>
      </div>
    );
  }

  const toggle = (complete: boolean) =>
    startTransition(() => ask(() => setLessonCompleted({ lessonKey, completed: complete })));

  const view = state.status === "ready" ? state.view : null;
  const completedAt = view?.completedAt ?? null;
  return (
    <div ref={box} className="no-print flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-border bg-surface p-5">
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
            <div className="flex min-w-0 flex-1 basis-64 flex-col gap-1" role="status">
              {state.status === "error" ? (
                <p className="m-0">{state.message}</p>
              ) : view && view.prompts.total > 0 ? (
                <>
                  <p className="m-0 font-medium">{promptsLeft(view.prompts)}</p>
                  <p className="m-0 text-sm text-ink-muted">
                    {view.prompts.answered < view.prompts.total
                      ? "Answer each question above and this lesson is complete by itself. Only reading today? Mark it complete."
                      : "Scroll to here and this lesson is complete by itself, or mark it complete now."}
                  </p>
                </>
              ) : (
                <p className="m-0 text-sm text-ink-muted">Finished reading? Mark it complete.</p>
              )}
            </div>
            <button
              type="button"
              disabled={pending || state.status === "loading"}
              onClick={() => toggle(true)}
              className="min-h-11 rounded-md bg-accent px-4 font-medium text-accent-ink disabled:opacity-60"
            >
              Mark as complete
            </button>
          </>
        )}
      </div>
      {completedAt && view?.wrapUp && (lastInModule || justCompleted) ? (
        <Suspense fallback={null}>
          <ModuleWrapUp wrapUp={view.wrapUp} nextModuleBelow={nextModuleBelow} />
        </Suspense>
      ) : null}
    </div>
  );
}
