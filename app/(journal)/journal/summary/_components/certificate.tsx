// The certificate of completion: the learner's name, the course, and the day
// the last lesson was completed, in the learner's zone. One printed page.
import { formatDate } from "@/lib/time/format";

export function Certificate({
  name,
  courseTitle,
  modules,
  lessons,
  completedAt,
  zone,
}: {
  name: string;
  courseTitle: string;
  modules: string[];
  lessons: number;
  completedAt: Date;
  zone: string | null | undefined;
}) {
  return (
    <article
      aria-labelledby="certificate-title"
      className="certificate flex flex-col items-center gap-4 rounded-lg border-4 border-double border-accent bg-surface px-5 py-10 text-center sm:px-10 print:min-h-[215mm] print:justify-center print:gap-8 print:border-black print:bg-white print:px-12 print:text-black"
    >
      <svg
        viewBox="0 0 64 32"
        width="64"
        height="32"
        aria-hidden="true"
        className="text-accent print:h-12 print:w-24 print:text-black"
      >
        <circle cx="22" cy="16" r="12" fill="none" stroke="currentColor" strokeWidth="3" />
        <circle cx="42" cy="16" r="12" fill="none" stroke="currentColor" strokeWidth="3" />
      </svg>
      <p className="m-0 text-sm font-semibold tracking-widest text-accent uppercase print:text-lg print:text-black">
        Certificate of completion
      </p>
      <h2 id="certificate-title" className="m-0 flex flex-col gap-2 font-normal">
        <span className="text-base text-ink-muted print:text-black">This is to record that</span>
        <span className="text-3xl font-semibold break-words text-ink sm:text-4xl print:text-5xl print:text-black">
          {name}
        </span>
      </h2>
      <p className="m-0 max-w-prose text-lg print:text-xl">
        completed <strong>{courseTitle}</strong>, a course on repairing trust at work, on{" "}
        <strong>{formatDate(completedAt, zone)}</strong>.
      </p>
      <p className="m-0 max-w-prose text-sm text-ink-muted print:text-black">
        {lessons} lessons in {modules.length} modules: {modules.join(" · ")}.
      </p>
    </article>
  );
}
