import Link from "@/components/ui/link";
import type { ResolvedRef, WorkshopRow } from "../_lib/guide";

function LessonUse({ use }: { use: ResolvedRef | null }) {
  if (!use) return <span className="text-ink-muted">No lesson</span>;
  return (
    <>
      <Link href={use.href}>
        Lesson {use.number}: {use.title}
      </Link>
      {use.prompt ? <span className="mt-1 block text-ink-muted">Prompt: “{use.prompt}”</span> : null}
    </>
  );
}

/**
 * The 90-minute plan: a table where there is room (and on paper), a list of
 * cards on a phone. CSS shows one of the two, so a screen reader meets one.
 */
export function WorkshopPlan({ rows, total }: { rows: WorkshopRow[]; total: number }) {
  return (
    <>
      <table
        aria-labelledby="workshop-heading"
        className="hidden w-full border-collapse text-left align-top text-sm md:table print:table print:text-xs"
        data-workshop-table=""
      >
        <thead>
          <tr className="border-b-2 border-border">
            <th scope="col" className="py-2 pr-3 print:py-1 font-semibold whitespace-nowrap">
              Minutes
            </th>
            <th scope="col" className="w-32 py-2 pr-3 font-semibold print:py-1">
              Activity
            </th>
            <th scope="col" className="py-2 pr-3 print:py-1 font-semibold">
              What you do
            </th>
            <th scope="col" className="w-1/3 py-2 font-semibold print:py-1">
              Lesson and prompt
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.start} className="border-b border-border align-top">
              <td className="py-2 pr-3 print:py-1 whitespace-nowrap">
                {row.start}–{row.end}
                <span className="block text-ink-muted">({row.minutes} min)</span>
              </td>
              <th scope="row" className="py-2 pr-3 print:py-1 font-semibold">
                {row.activity}
              </th>
              <td className="py-2 pr-3 print:py-1">{row.youDo}</td>
              <td className="py-2 print:py-1">
                <LessonUse use={row.use} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4} className="pt-2 text-ink-muted print:pt-1">
              {total} minutes in all.
            </td>
          </tr>
        </tfoot>
      </table>

      <ol className="m-0 flex list-none flex-col gap-3 p-0 md:hidden print:hidden" aria-labelledby="workshop-heading">
        {rows.map((row) => (
          <li key={row.start} className="rounded-lg border border-border bg-surface p-4">
            <p className="m-0 text-sm font-semibold text-ink-muted">
              Minutes {row.start}–{row.end} ({row.minutes} min)
            </p>
            <h3 className="m-0 mt-1 text-lg font-semibold">{row.activity}</h3>
            <p className="m-0 mt-2">{row.youDo}</p>
            <p className="m-0 mt-2 text-sm">
              <LessonUse use={row.use} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
