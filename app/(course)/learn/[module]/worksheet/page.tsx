import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { PrintButton } from "@/components/ui/print-button";
import { getCourse } from "@/lib/course/catalog";
import { worksheetOf, type TextPart } from "@/lib/course/worksheet";

// A module's one-page worksheet for paper and workshops: prerendered for
// every module, the same for everyone (no session, no learner's data).
// Printed, it fills one page, A4 or Letter: the writing space under the
// prompts and the notes box share what room is left (globals.css, "worksheet").
export const dynamicParams = false;

/** From this many questions, the printed worksheet uses a smaller type (globals.css). */
const DENSE_FROM = 6;
/** From this many, it also leaves the hints to the screen, so the questions keep room to write. */
const PACKED_FROM = 10;

type Params = { params: Promise<{ module: string }> };

export function generateStaticParams() {
  return getCourse().modules.map((courseModule) => ({ module: courseModule.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { module: slug } = await params;
  const courseModule = getCourse().modules.find((m) => m.slug === slug);
  return courseModule
    ? {
        title: `Worksheet: ${courseModule.title}`,
        description: `A one-page printable worksheet for module ${courseModule.number}, ${courseModule.title}: its key ideas and its questions, with room to write.`,
      }
    : {};
}

function Text({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.quote ? <q key={index}>{part.text}</q> : <span key={index}>{part.text}</span>,
  );
}

export default async function WorksheetPage({ params }: Params) {
  const { module: slug } = await params;
  const course = getCourse();
  const courseModule = course.modules.find((m) => m.slug === slug);
  if (!courseModule) notFound();
  const { lessons, prompts } = worksheetOf(courseModule);
  return (
    // A module with many questions prints in a smaller size to keep to one page.
    <div
      data-worksheet={prompts.length >= PACKED_FROM ? "packed" : prompts.length >= DENSE_FROM ? "dense" : ""}
      className="flex flex-col gap-6"
    >
      <Breadcrumbs
        items={[
          { label: "Course", href: "/learn" },
          { label: `Module ${courseModule.number}: ${courseModule.title}`, href: courseModule.href },
          { label: "Worksheet" },
        ]}
      />
      <div className="no-print flex flex-col gap-3">
        <p className="m-0 text-ink-muted">
          One page to print for working on paper or in a workshop: the module&rsquo;s key ideas and its questions, with
          room to write. Nothing you write here is saved.
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <PrintButton>Print the worksheet</PrintButton>
          <Link href={courseModule.href} className="inline-flex min-h-11 items-center">
            Back to the module
          </Link>
        </div>
      </div>

      <article
        aria-labelledby="worksheet-title"
        className="worksheet-sheet flex flex-col gap-5 rounded-lg border border-border bg-surface p-5 shadow-sm sm:p-8"
      >
        <header className="flex flex-col gap-1 border-b border-border pb-3">
          <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">
            {course.title} · Module {courseModule.number} worksheet
          </p>
          <h1 id="worksheet-title" className="m-0 text-3xl leading-tight font-semibold print:text-2xl">
            {courseModule.title}
          </h1>
          <p className="m-0 mt-2 flex flex-wrap gap-x-8 gap-y-2 text-sm text-ink-muted">
            <span className="flex items-end gap-2">
              Name <span aria-hidden="true" className="inline-block w-44 border-b border-ink-muted" />
            </span>
            <span className="flex items-end gap-2">
              Date <span aria-hidden="true" className="inline-block w-28 border-b border-ink-muted" />
            </span>
          </p>
        </header>

        <section aria-labelledby="worksheet-ideas" className="flex flex-col gap-2">
          <h2 id="worksheet-ideas" className="m-0 text-lg font-semibold">
            Key ideas
          </h2>
          <ol className="m-0 flex list-none flex-col gap-2 p-0">
            {lessons.map((lesson) => (
              <li key={lesson.key} className="m-0">
                <span className="font-semibold">
                  {lesson.order}. {lesson.title}
                  {/[.?!]$/.test(lesson.title) ? "" : ":"}
                </span>{" "}
                {lesson.keyIdeas.map((idea, index) => (
                  <span key={index}>
                    {index > 0 ? " " : null}
                    <Text parts={idea} />
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="worksheet-questions" className="worksheet-grow flex flex-col gap-2">
          <h2 id="worksheet-questions" className="m-0 text-lg font-semibold">
            Think and write
          </h2>
          <ol className="worksheet-grow m-0 flex list-none flex-col gap-4 p-0 print:gap-[2mm]">
            {prompts.map((prompt, index) => (
              <li key={prompt.id} className="worksheet-grow m-0 flex flex-col">
                <p className="m-0">
                  <span className="font-medium">
                    {index + 1}. {prompt.prompt}
                  </span>
                  {prompt.hint ? (
                    <span className="worksheet-hint block text-sm text-ink-muted print:ml-1 print:inline">
                      {prompt.hint}
                    </span>
                  ) : null}
                </p>
                <div aria-hidden="true" className="worksheet-lines worksheet-grow" />
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="worksheet-notes" className="flex flex-col gap-2">
          <h2 id="worksheet-notes" className="m-0 text-lg font-semibold">
            Your notes
          </h2>
          <div aria-hidden="true" className="worksheet-notes rounded-md border border-ink-muted" />
        </section>

        <p className="m-0 border-t border-border pt-2 text-xs text-ink-muted">
          {course.title}, module {courseModule.number}. Adapted in our own words from &ldquo;{course.source.title}
          &rdquo; by {course.source.author} ({course.source.publisher}).
        </p>
      </article>
    </div>
  );
}
