// One module as a card: its picture, number, length, title and summary, and
// the reader's progress where the page knows it. The heading's link is the
// card's only link and covers the whole card (a stretched ::after), so the
// card is one big target, read once by a screen reader, with no link inside a
// link. Anything passed as children (the outline's lesson list) sits below
// the card's face, outside that target, with links of its own.
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { moduleArt } from "./art";
import { ProgressBar } from "./progress-bar";

export type ModuleCardModule = {
  slug: string;
  number: number;
  title: string;
  summary: string;
  href: string;
  minutes: number;
  lessonCount: number;
};

export function ModuleCard({
  module: m,
  heading: Heading = "h2",
  wide = false,
  progress,
  children,
}: {
  module: ModuleCardModule;
  heading?: "h2" | "h3";
  /** On wider screens, the picture beside the words rather than above them (for a full-width list). */
  wide?: boolean;
  /** The reader's lessons done in this module, where the page knows them (signed in). */
  progress?: { completed: number; total: number } | null;
  children?: ReactNode;
}) {
  const art = moduleArt(m.slug);
  return (
    <li className="flex flex-col rounded-lg border border-border bg-surface">
      <div
        className={`group relative flex flex-1 flex-col rounded-lg ${wide ? "sm:flex-row sm:items-start" : ""} has-[.card-link:focus-visible]:outline-3 has-[.card-link:focus-visible]:outline-offset-2 has-[.card-link:focus-visible]:outline-focus`}
      >
        {art ? (
          <art.Art
            decorative
            className={wide ? "rounded-t-lg sm:mt-5 sm:ml-5 sm:w-56 sm:shrink-0 sm:rounded-lg" : "rounded-t-lg"}
          />
        ) : null}
        <div className="flex flex-1 flex-col gap-2 p-5">
          <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">
            Module {m.number} · {m.lessonCount} lessons · {m.minutes} min
          </p>
          <Heading className="m-0 text-2xl font-semibold">
            <Link
              href={m.href}
              className="card-link text-ink no-underline group-hover:underline after:absolute after:inset-0 after:rounded-lg after:content-[''] focus-visible:outline-none"
            >
              {m.title}
            </Link>
          </Heading>
          <p className="m-0 text-ink-muted">{m.summary}</p>
          {progress ? (
            <div className="mt-auto pt-2">
              <ProgressBar
                label={`Module ${m.number} progress`}
                completed={progress.completed}
                total={progress.total}
              />
            </div>
          ) : null}
        </div>
      </div>
      {children}
    </li>
  );
}

/** What a card needs from the course catalogue's module. */
export function cardModule(
  m: Omit<ModuleCardModule, "lessonCount"> & { lessons: readonly unknown[] },
): ModuleCardModule {
  return {
    slug: m.slug,
    number: m.number,
    title: m.title,
    summary: m.summary,
    href: m.href,
    minutes: m.minutes,
    lessonCount: m.lessons.length,
  };
}
