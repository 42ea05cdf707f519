"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { assignModuleAction } from "../actions";

export type ModuleOption = { slug: string; label: string; assigned: boolean };

const INPUT =
  "min-h-11 rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="m-0 text-sm text-danger">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** Assign a module, due on a date or some days after each learner joins. */
export function AssignForm({
  cohortId,
  modules,
  today,
  daysMin,
  daysMax,
}: {
  cohortId: string;
  modules: ModuleOption[];
  /** "YYYY-MM-DD": today in the cohort's zone, the earliest date to offer. */
  today: string;
  daysMin: number;
  daysMax: number;
}) {
  const form = useFormAction(assignModuleAction);
  const dueKind = form.value("dueKind") === "days" ? "days" : "date";
  const moduleSlug = form.value("moduleSlug") || (modules.find((m) => !m.assigned)?.slug ?? modules[0]?.slug);
  const describedBy = (id: string, hint?: string) =>
    [hint, form.errors(id) ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <ActionForm form={form} className="flex flex-col gap-5">
      <input type="hidden" name="cohortId" value={cohortId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="moduleSlug" className="font-medium">
          Module
        </label>
        {/* Keyed by its default: React doesn't move a <select>'s default after mounting, and the form is reset to it after each send. */}
        <select
          key={moduleSlug}
          id="moduleSlug"
          name="moduleSlug"
          required
          defaultValue={moduleSlug}
          aria-invalid={form.errors("moduleSlug") ? true : undefined}
          aria-describedby={describedBy("moduleSlug", "moduleSlug-hint")}
          className={INPUT}
        >
          {modules.map((m) => (
            <option key={m.slug} value={m.slug}>
              {m.label}
              {m.assigned ? " (assigned: choose it to change its due date)" : ""}
            </option>
          ))}
        </select>
        <p id="moduleSlug-hint" className="m-0 text-sm text-ink-muted">
          Choosing a module that is already assigned changes its due date.
        </p>
        <Errors id="moduleSlug-error" errors={form.errors("moduleSlug")} />
      </div>

      <fieldset
        className="m-0 flex flex-col gap-3 border-0 p-0"
        aria-describedby={form.errors("dueKind") ? "dueKind-error" : undefined}
      >
        <legend className="mb-1 p-0 font-medium">When is it due?</legend>
        <Errors id="dueKind-error" errors={form.errors("dueKind")} />
        <div className="flex flex-col gap-2">
          <label className="flex min-h-11 w-fit items-center gap-3">
            <input
              type="radio"
              name="dueKind"
              value="date"
              defaultChecked={dueKind === "date"}
              className="h-5 w-5 accent-accent"
            />
            On a date
          </label>
          <div className="ml-8 flex flex-col gap-1">
            <label htmlFor="dueDate" className="text-sm font-medium">
              Due date
            </label>
            <input
              id="dueDate"
              name="dueDate"
              type="date"
              min={today}
              defaultValue={form.value("dueDate")}
              aria-invalid={form.errors("dueDate") ? true : undefined}
              aria-describedby={describedBy("dueDate", "dueDate-hint")}
              className={`${INPUT} w-fit`}
            />
            <p id="dueDate-hint" className="m-0 text-sm text-ink-muted">
              Due by the end of that day, for everyone in the cohort.
            </p>
            <Errors id="dueDate-error" errors={form.errors("dueDate")} />
          </div>
        </div>
        <div className="flex flex-col gap-2">
          <label className="flex min-h-11 w-fit items-center gap-3">
            <input
              type="radio"
              name="dueKind"
              value="days"
              defaultChecked={dueKind === "days"}
              className="h-5 w-5 accent-accent"
            />
            Days after joining
          </label>
          <div className="ml-8 flex flex-col gap-1">
            <label htmlFor="dueDays" className="text-sm font-medium">
              Number of days after each learner joins
            </label>
            <input
              id="dueDays"
              name="dueDays"
              type="number"
              inputMode="numeric"
              min={daysMin}
              max={daysMax}
              step={1}
              defaultValue={form.value("dueDays", "7")}
              aria-invalid={form.errors("dueDays") ? true : undefined}
              aria-describedby={describedBy("dueDays", "dueDays-hint")}
              className={`${INPUT} w-32`}
            />
            <p id="dueDays-hint" className="m-0 text-sm text-ink-muted">
              From {daysMin} to {daysMax}. Handy when people join at different times.
            </p>
            <Errors id="dueDays-error" errors={form.errors("dueDays")} />
          </div>
        </div>
      </fieldset>
      <SubmitButton pending={form.pending} busy="Assigning…" disabled={modules.length === 0} className="w-fit">
        Assign module
      </SubmitButton>
    </ActionForm>
  );
}
