"use client";
// The island of <RecallAnswers>: the signed-in learner's latest answer to
// each question, loaded with the same request the question's own lesson uses.
import Link from "@/components/ui/link";
import { useEffect, useState } from "react";
import { useSession } from "@/components/session/use-session";
import { lessonEntries, type LessonEntry } from "./reflection-store";

export type RecalledQuestion = {
  promptId: string;
  prompt: string;
  lessonKey: string;
  lessonTitle: string;
  href: string;
};

type Loaded = { kind: "loading" } | { kind: "ready"; latest: Map<string, LessonEntry> };

export function RecalledAnswers({ questions }: { questions: RecalledQuestion[] }) {
  const session = useSession();
  const owner = session.status === "ready" ? (session.session?.id ?? null) : undefined;
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const lessonKeys = [...new Set(questions.map((q) => q.lessonKey))].join("\n");

  useEffect(() => {
    if (!owner) return;
    let live = true;
    void Promise.all(lessonKeys.split("\n").map((key) => lessonEntries(key))).then((lessons) => {
      if (!live) return;
      const latest = new Map<string, LessonEntry>();
      // Each lesson's entries come newest first.
      for (const entry of lessons.flatMap((l) => l?.entries ?? []))
        if (!latest.has(entry.promptId) && entry.body.trim() !== "") latest.set(entry.promptId, entry);
      setLoaded({ kind: "ready", latest });
    });
    return () => {
      live = false;
    };
  }, [owner, lessonKeys]);

  if (owner === null)
    return <p className="m-0 text-ink-muted">Sign in to see what you wrote in these earlier lessons.</p>;
  return (
    <dl className="m-0 flex flex-col gap-4" aria-busy={loaded.kind === "loading"}>
      {questions.map((q) => {
        const entry = loaded.kind === "ready" ? loaded.latest.get(q.promptId) : undefined;
        return (
          <div key={q.promptId} className="flex flex-col gap-1" data-recalled={q.promptId}>
            <dt className="font-semibold">{q.prompt}</dt>
            <dd className="m-0">
              {loaded.kind === "loading" ? (
                <span className="text-ink-muted">Loading your answer…</span>
              ) : entry ? (
                <p className="m-0 break-words whitespace-pre-wrap">{entry.body}</p>
              ) : (
                <span className="text-ink-muted">
                  Not written yet. <Link href={q.href}>Answer it in &ldquo;{q.lessonTitle}&rdquo;</Link>
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
