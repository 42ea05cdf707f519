import Link from "@/components/ui/link";
import type { NoteBlock } from "@/lib/course/facilitator-notes";
import type { ModuleNotes } from "../_lib/guide";

/** A note's blocks as plain text (never HTML), the way the lesson's note slot shows them. */
function Note({ blocks }: { blocks: NoteBlock[] }) {
  return (
    <div className="flex flex-col gap-2">
      {blocks.map((block, i) =>
        block.type === "paragraph" ? (
          <p key={i} className="m-0">
            {block.text}
          </p>
        ) : (
          <ul key={i} className="m-0 list-disc pl-6">
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

/** Each module's lessons, each with the facilitator notes written in its source. */
export function DiscussionQuestions({ modules, noNote }: { modules: ModuleNotes[]; noNote: string }) {
  return (
    <div className="flex flex-col gap-8">
      {modules.map((module) => (
        <section
          key={module.number}
          aria-labelledby={`discussion-module-${module.number}`}
          className="flex flex-col gap-4"
        >
          <h3 id={`discussion-module-${module.number}`} className="m-0 text-xl font-semibold">
            Module {module.number}: {module.title}
          </h3>
          <ul className="m-0 flex list-none flex-col gap-3 p-0">
            {module.lessons.map((lesson) => (
              <li
                key={lesson.key}
                data-lesson-questions={lesson.key}
                className="rounded-lg border border-border bg-surface p-4 break-inside-avoid sm:p-5"
              >
                <h4 className="m-0 text-lg font-semibold">
                  <Link href={lesson.href}>
                    Lesson {lesson.number}: {lesson.title}
                  </Link>
                </h4>
                <p className="m-0 mb-3 text-sm text-ink-muted">About {lesson.minutes} minutes</p>
                {lesson.notes.length ? (
                  <div className="flex flex-col gap-3">
                    {lesson.notes.map((note, i) => (
                      <Note key={i} blocks={note} />
                    ))}
                  </div>
                ) : (
                  <p className="m-0 text-ink-muted">{noNote}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
