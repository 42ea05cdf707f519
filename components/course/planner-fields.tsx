"use client";
// The conversation planner's inputs: one labeled text area per field. The
// reflection editor works on one string (the answer as saved), so the fields
// are composed into it on every keystroke (serializePlan) and taken apart
// again whenever the answer arrives from elsewhere: loaded, restored from a
// draft, the saved version chosen in a conflict, or cleared to answer again.
import { useId, useState } from "react";
import { parsePlan, serializePlan, type PlannerField } from "@/lib/reflections/planner-body";

export function PlannerFields({
  fields,
  body,
  onChange,
  onBlur,
  disabled,
  describedBy,
}: {
  fields: PlannerField[];
  body: string;
  onChange: (body: string) => void;
  onBlur: () => void;
  disabled: boolean;
  describedBy: string;
}) {
  const baseId = useId();
  const [values, setValues] = useState(() => parsePlan(fields, body));
  const [seen, setSeen] = useState(body);
  // The answer changed from outside the fields: show it in them.
  if (body !== seen) {
    setSeen(body);
    if (body !== serializePlan(fields, values)) setValues(parsePlan(fields, body));
  }
  return (
    <div className="flex flex-col gap-5" data-planner-fields>
      {fields.map((field, index) => {
        const inputId = `${baseId}-${field.id}`;
        const hintId = `${inputId}-hint`;
        return (
          <div key={field.id} className="flex flex-col gap-1" data-planner-field={field.id}>
            <label htmlFor={inputId} className="font-semibold">
              {field.label}
            </label>
            {field.hint ? (
              <p id={hintId} className="m-0 text-sm text-ink-muted">
                {field.hint}
              </p>
            ) : null}
            <textarea
              id={inputId}
              aria-describedby={field.hint ? `${hintId} ${describedBy}` : describedBy}
              value={values[index] ?? ""}
              onChange={(event) => {
                const next = values.map((v, i) => (i === index ? event.target.value : v));
                const composed = serializePlan(fields, next);
                setValues(next);
                setSeen(composed);
                onChange(composed);
              }}
              onBlur={onBlur}
              disabled={disabled}
              rows={3}
              className="w-full rounded-md border border-border bg-bg p-3 text-base text-ink"
            />
          </div>
        );
      })}
    </div>
  );
}
