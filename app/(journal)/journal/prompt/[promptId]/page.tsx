import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { Columns2, PenLine } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { requireUser } from "@/lib/auth/session";
import { markRepliesRead } from "@/lib/cohorts/shared-reflections";
import { getPrompts } from "@/lib/course/prompts";
import { promptHistory } from "@/lib/reflections/prompt-history";
import { journalExtras, unreadReplyEntryIds } from "@/lib/reflections/journal-extras";
import { EntryBody } from "../../_components/entry-body";
import { EntryMoment } from "../../_components/entry-date";
import { formatDateTime } from "@/lib/time/format";
import { EntryLookBackControls } from "../../_components/entry-look-back";
import { EntrySharing } from "../../_components/entry-sharing";
import { answerAnchor, promptHref } from "../../_components/journal-url";
import { Replies } from "../../_components/replies";
import { VisibilityLabel } from "../../_components/visibility-label";
import { DeleteAnswerForm } from "./_components/delete-answer-form";
import { ComparePicker } from "./_components/compare-picker";
import { CompareQuerySchema, PromptIdSchema } from "./schemas";

type Props = {
  params: Promise<{ promptId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function shorten(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Only the course's own wording goes in the title, never stored text.
  const prompt = getPrompts().get((await params).promptId);
  return { title: prompt ? `Your answers: ${shorten(prompt.prompt)}` : "Your answers" };
}

export default async function PromptAnswersPage({ params, searchParams }: Props) {
  const { promptId } = await params;
  const user = await requireUser(promptHref(promptId));
  const id = PromptIdSchema.safeParse(promptId);
  if (!id.success) notFound();
  const history = await promptHistory(user, id.data);
  if (!history) notFound();
  const extras = await journalExtras(
    user,
    history.entries.map((e) => e.id),
  );
  // The replies show as "New" on this page; from now on they count as read.
  await markRepliesRead(user, unreadReplyEntryIds(extras));
  const query = await searchParams;
  const justDeleted = query.deleted === "1";
  const count = history.entries.length;

  const picked = CompareQuerySchema.parse(query);
  // A learner may have answered one question a hundred times: each answer's
  // forms are drawn when opened, and without JavaScript on this same page
  // asked for with them open (decision 063).
  const openedHref = (which: "share" | "lookBack" | null, entryId: string) => {
    const search = new URLSearchParams();
    if (picked.a) search.set("a", picked.a);
    if (picked.b) search.set("b", picked.b);
    if (which) search.set(which, entryId);
    const query = search.toString();
    return `${promptHref(history.promptId)}${query ? `?${query}` : ""}#${answerAnchor(entryId)}`;
  };

  const answer = (entry: (typeof history.entries)[number]) => {
    const index = history.entries.indexOf(entry);
    const headingId = answerAnchor(entry.id);
    const when = formatDateTime(entry.createdAt, user.timeZone);
    const edited = formatDateTime(entry.updatedAt, user.timeZone) !== when;
    const reworded = history.inCourse && entry.promptText !== history.prompt;
    return (
      <li key={entry.id} className="min-w-0">
        <article
          aria-labelledby={headingId}
          className={`flex h-full flex-col gap-3 rounded-lg border bg-surface p-4 ${
            index === 0 ? "border-2 border-accent" : "border-border"
          }`}
        >
          <h3 id={headingId} className="m-0 text-lg font-semibold">
            {index === 0 ? "Latest answer, " : "Answer from "}
            <EntryMoment date={entry.createdAt} zone={user.timeZone} />
          </h3>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <VisibilityLabel sharedWith={extras.sharedWith.get(entry.id) ?? []} />
            {edited ? (
              <span className="text-ink-muted">
                Last edited <EntryMoment date={entry.updatedAt} zone={user.timeZone} />
              </span>
            ) : null}
          </div>
          {reworded ? <p className="m-0 text-sm text-ink-muted">The question then read: {entry.promptText}</p> : null}
          <EntryBody body={entry.body} promptId={entry.promptId} />
          <Replies replies={extras.replies.get(entry.id)} zone={user.timeZone} />
          {entry.revisions.length > 0 ? (
            <details className="rounded-md border border-border bg-surface-muted">
              <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-medium">
                Earlier versions ({entry.revisions.length})
              </summary>
              <ol className="m-0 flex list-none flex-col gap-3 px-3 pt-1 pb-3">
                {entry.revisions.map((revision) => (
                  <li key={revision.version} className="flex flex-col gap-1 border-t border-border pt-2">
                    <p className="m-0 text-sm text-ink-muted">
                      Saved <EntryMoment date={revision.savedAt} zone={user.timeZone} />
                    </p>
                    <EntryBody body={revision.body} />
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          <div className="no-print mt-auto flex flex-col gap-3 border-t border-border pt-3">
            <EntrySharing
              entryId={entry.id}
              what={`your answer from ${when}`}
              sharedWith={extras.sharedWith.get(entry.id) ?? []}
              cohorts={extras.cohorts}
              onDemand={{
                href: openedHref("share", entry.id),
                closedHref: openedHref(null, entry.id),
                open: picked.share === entry.id,
              }}
            />
            <EntryLookBackControls
              entryId={entry.id}
              lookBack={extras.lookBacks.get(entry.id) ?? null}
              onDemand={{ href: openedHref("lookBack", entry.id), open: picked.lookBack === entry.id }}
            />
            <DeleteAnswerForm entryId={entry.id} promptId={history.promptId} when={when} />
          </div>
        </article>
      </li>
    );
  };
  // With three answers or more, two are side by side (the newest two unless
  // others were picked) and the rest follow below.
  const find = (id: string | undefined) => history.entries.find((e) => e.id === id);
  const first = find(picked.a) ?? history.entries[0];
  const second = find(picked.b) ?? history.entries.find((e) => e !== first) ?? history.entries[1];
  const pair = [first, second === first ? history.entries.find((e) => e !== first) : second].filter(
    (e): e is (typeof history.entries)[number] => e !== undefined,
  );
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs items={[{ label: "Your journal", href: "/journal" }, { label: "Your answers to one question" }]} />
      <header className="flex flex-col gap-3">
        <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">
          {history.lesson
            ? `Module ${history.lesson.moduleNumber} · ${history.lesson.title}`
            : "No longer in the course"}
        </p>
        <h1 className="m-0 text-3xl font-semibold">{history.prompt}</h1>
        {history.hint ? <p className="m-0 text-ink-muted">{history.hint}</p> : null}
        <div className="no-print flex flex-wrap gap-3">
          {history.lesson ? (
            <ButtonLink href={`${history.lesson.href}#reflection-${history.promptId}`}>
              {count === 0 ? "Answer it in the lesson" : "Answer again"}
            </ButtonLink>
          ) : null}
          <ButtonLink href="/journal" variant="secondary">
            Back to your journal
          </ButtonLink>
        </div>
        {history.lesson && count === 0 ? (
          <p className="m-0 text-sm text-ink-muted">
            The question is part of &ldquo;{history.lesson.title}&rdquo;: answer it there, with the lesson around it.
          </p>
        ) : history.lesson ? (
          <p className="m-0 text-sm text-ink-muted">
            &ldquo;Answer again&rdquo; opens the question in its lesson, where you can start a new answer and keep this
            one as it is.
          </p>
        ) : (
          <p className="m-0 text-sm text-ink-muted">
            This question has been taken out of the course, so you can&rsquo;t answer it again. Your answers stay here
            for as long as you keep them.
          </p>
        )}
      </header>

      {justDeleted ? <FormMessage tone="success">Your answer was deleted.</FormMessage> : null}

      {count === 0 ? (
        <p className="m-0 rounded-lg border border-border bg-surface p-5">
          You haven&rsquo;t answered this question yet. When you do, your answers appear here side by side.
        </p>
      ) : (
        <section aria-labelledby="answers" className="flex flex-col gap-4">
          <h2 id="answers" className="m-0 text-2xl font-semibold">
            {count === 1 ? "Your answer" : `Your ${count} answers, newest first`}
          </h2>
          {count === 1 ? (
            <>
              <ol className="m-0 list-none p-0">{history.entries.map(answer)}</ol>
              <EmptyState
                icon={Columns2}
                title="Nothing to compare yet."
                action={
                  history.lesson ? (
                    <ButtonLink href={`${history.lesson.href}#reflection-${history.promptId}`} variant="secondary">
                      <PenLine aria-hidden="true" />
                      Answer it again in the lesson
                    </ButtonLink>
                  ) : null
                }
              >
                <p className="m-0">
                  {history.lesson
                    ? "Come back to this question in a week or two and answer it again: your two answers will sit side by side here, so you can see what changed."
                    : "This is your only answer to this question, so there is nothing to set it beside."}
                </p>
              </EmptyState>
            </>
          ) : count === 2 ? (
            <ol className="m-0 grid list-none items-start gap-4 p-0 md:grid-cols-2">{history.entries.map(answer)}</ol>
          ) : (
            <>
              <ComparePicker
                options={history.entries.map((entry, index) => ({
                  id: entry.id,
                  label: `${index === 0 ? "Latest, " : ""}${formatDateTime(entry.createdAt, user.timeZone)}`,
                }))}
                a={pair[0]?.id ?? ""}
                b={pair[1]?.id ?? ""}
              />
              <ol
                aria-label="The two answers you chose"
                className="m-0 grid list-none items-start gap-4 p-0 md:grid-cols-2"
              >
                {pair.map(answer)}
              </ol>
              <h3 className="m-0 mt-4 text-xl font-semibold">Your other answers</h3>
              <ol className="m-0 grid list-none items-start gap-4 p-0 md:grid-cols-2">
                {history.entries.filter((entry) => !pair.includes(entry)).map(answer)}
              </ol>
            </>
          )}
        </section>
      )}
    </div>
  );
}
