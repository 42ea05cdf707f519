"use client";
import { Send } from "lucide-react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import type { BehindLearner } from "@/lib/cohorts/behind";
import { TextAreaField } from "@/components/ui/text-area-field";
import { sendNudgeAction } from "../actions";

export const DEFAULT_NUDGE_MESSAGE =
  "Hello! Just a friendly nudge: there’s a module of It Takes Two waiting for you. Even ten quiet minutes this week will help. If something is getting in the way, let me know — I’m glad to help.";

/** A short reminder to the learners who are behind, all of them chosen to start with. */
export function NudgeForm({
  cohortId,
  learners,
  maxChars,
  recent,
}: {
  cohortId: string;
  learners: BehindLearner[];
  maxChars: number;
  /** "Nudged 3 hours ago", by learner id, for those nudged in the last day. */
  recent: Record<string, string>;
}) {
  const form = useFormAction(sendNudgeAction);
  // After a refused send, keep the learners that were chosen.
  const kept = form.values("learnerIds");
  const chosen = kept ? new Set(kept) : null;
  return (
    <ActionForm form={form} className="flex flex-col gap-5">
      <input type="hidden" name="cohortId" value={cohortId} />
      <fieldset
        className="m-0 flex flex-col gap-2 border-0 p-0"
        aria-describedby={form.errors("learnerIds") ? "learnerIds-error" : undefined}
      >
        <legend className="mb-1 p-0 font-medium">Who to nudge</legend>
        {form.errors("learnerIds") ? (
          <ul id="learnerIds-error" className="m-0 text-sm text-danger">
            {form.errors("learnerIds")?.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        <ul className="m-0 flex list-none flex-col gap-1 p-0">
          {learners.map((learner) => (
            <li key={learner.id} className="flex flex-col">
              <label className="flex min-h-11 w-fit items-center gap-3 font-medium">
                <input
                  type="checkbox"
                  name="learnerIds"
                  value={learner.id}
                  defaultChecked={chosen ? chosen.has(learner.id) : true}
                  aria-describedby={`nudge-reason-${learner.id}`}
                  className="h-5 w-5 shrink-0 accent-accent"
                />
                {learner.name}
              </label>
              <p id={`nudge-reason-${learner.id}`} className="m-0 ml-8 text-sm text-ink-muted">
                {learner.reason}
                {recent[learner.id] ? <span className="block font-medium text-ink">{recent[learner.id]}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextAreaField
        id="nudge-message"
        name="message"
        label="Message"
        hint={`Up to ${maxChars} characters. It appears on their dashboard, signed with your name.`}
        rows={4}
        maxLength={maxChars}
        required
        defaultValue={form.value("message", DEFAULT_NUDGE_MESSAGE)}
        errors={form.errors("message")}
      />
      {form.errors("confirmRepeat") ? (
        <div className="flex flex-col gap-1 rounded-md border-l-4 border-border bg-warning-soft px-4 py-3">
          <label className="flex min-h-11 w-fit items-center gap-3 font-medium">
            <input
              type="checkbox"
              name="confirmRepeat"
              value="yes"
              aria-describedby="confirmRepeat-error"
              className="h-5 w-5 shrink-0 accent-accent"
            />
            Send again anyway
          </label>
          <p id="confirmRepeat-error" className="m-0 ml-8 text-sm">
            {form.errors("confirmRepeat")?.join(" ")}
          </p>
        </div>
      ) : null}
      <SubmitButton pending={form.pending} busy="Sending…" className="w-fit">
        <Send aria-hidden="true" />
        Send nudge
      </SubmitButton>
    </ActionForm>
  );
}
