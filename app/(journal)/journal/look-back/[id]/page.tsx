import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { requireUser } from "@/lib/auth/session";
import { orPageError } from "@/lib/errors/page";
import { getLookBack, lookBackAnswer } from "@/lib/lookbacks/look-backs";
import { formatDateTime, formatDay } from "@/lib/time/format";
import { promptHref } from "../../_components/journal-url";
import { LookBackAnswerForm } from "./_components/answer-form";
import { ThenAndNow } from "./_components/then-and-now";
import { lookBackPath } from "@/lib/lookbacks/path";

export const metadata: Metadata = { title: "Look back" };

type Props = { params: Promise<{ id: string }> };

export default async function LookBackPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(lookBackPath(id));
  const lookBack = await orPageError(getLookBack(user, id));
  const { entry } = lookBack;
  const answer = await lookBackAnswer(user, lookBack);
  const zone = user.timeZone;

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs items={[{ label: "Your journal", href: "/journal" }, { label: "Look back" }]} />
      <header className="flex flex-col gap-2">
        <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">Look back</p>
        <h1 className="m-0 text-3xl leading-tight font-semibold">{entry.promptText}</h1>
      </header>

      {!lookBack.due ? (
        <div className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-5">
          <p className="m-0 font-medium">This look-back opens on {formatDay(lookBack.day)}.</p>
          <p className="m-0">
            Until then, let the answer rest. It will be on your dashboard that day.{" "}
            <Link href={promptHref(entry.promptId)}>See the answer in your journal</Link>
          </p>
        </div>
      ) : (
        <>
          {!lookBack.doneAt ? (
            <section aria-labelledby="earlier" className="flex flex-col gap-2">
              <h2 id="earlier" className="m-0 text-xl font-semibold">
                What you wrote on {formatDateTime(entry.createdAt, zone)}
              </h2>
              <blockquote className="m-0 rounded-lg border-l-4 border-accent bg-surface p-4 whitespace-pre-wrap">
                {entry.body}
              </blockquote>
              {entry.updatedAt.getTime() !== entry.createdAt.getTime() ? (
                <p className="m-0 text-sm text-ink-muted">Last edited {formatDateTime(entry.updatedAt, zone)}.</p>
              ) : null}
            </section>
          ) : null}

          {lookBack.doneAt && answer ? (
            <>
              <ThenAndNow
                then={{ body: entry.body, at: entry.createdAt }}
                now={{ body: answer.body, at: answer.createdAt }}
                zone={zone}
              />
              <section aria-labelledby="changed" className="flex flex-col gap-2">
                <h2 id="changed" className="m-0 text-xl font-semibold">
                  What has changed, in your words
                </h2>
                <p className="m-0 whitespace-pre-wrap">
                  {lookBack.changeNote ? lookBack.changeNote : "You didn’t write anything here."}
                </p>
              </section>
              <p className="m-0">
                Both answers stay in your journal, with their dates.{" "}
                <Link href={promptHref(entry.promptId)}>See every answer to this question</Link>
              </p>
            </>
          ) : lookBack.doneAt ? (
            <p className="m-0">
              You looked back on {formatDateTime(lookBack.doneAt, zone)}, and the answer you wrote then has since been
              deleted. <Link href={promptHref(entry.promptId)}>See your answers to this question</Link>
            </p>
          ) : (
            <section aria-labelledby="today" className="flex flex-col gap-3">
              <h2 id="today" className="m-0 text-xl font-semibold">
                The same question, today
              </h2>
              <p className="m-0 text-ink-muted">
                Read it slowly. Then answer again as you would now, and say what has changed. Afterwards you will see
                the two answers side by side.
              </p>
              <LookBackAnswerForm lookBackId={lookBack.id} prompt={entry.promptText} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
