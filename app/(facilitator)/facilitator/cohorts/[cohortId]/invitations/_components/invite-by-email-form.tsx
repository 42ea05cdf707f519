"use client";
import { Send } from "lucide-react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { inviteByEmailAction } from "../actions";
import { OneTimeLinks } from "./one-time-links";

type Props = {
  cohortId: string;
  emailOn: boolean;
  dayChoices: readonly string[];
  defaultDays: string;
  maxAddresses: number;
  maxChars: number;
};

export function InviteByEmailForm({ cohortId, emailOn, dayChoices, defaultDays, maxAddresses, maxChars }: Props) {
  const form = useFormAction(inviteByEmailAction);
  const links = form.state.status === "idle" ? [] : (form.state.links ?? []);
  const days = form.value("days", defaultDays);
  return (
    <ActionForm form={form}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <OneTimeLinks links={links} />
      <TextAreaField
        id="invite-addresses"
        name="addresses"
        label="Email addresses"
        hint={`One per line, or separated by commas or semicolons; “Name <name@example.org>” works too. Up to ${maxAddresses.toLocaleString("en-US")} at a time.`}
        rows={6}
        maxLength={maxChars}
        autoComplete="off"
        spellCheck={false}
        defaultValue={form.value("addresses")}
        errors={form.errors("addresses")}
        className="font-mono text-sm"
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-days" className="font-medium">
          The links work for
        </label>
        {/* Keyed by its default: React doesn't move a <select>'s default after mounting. */}
        <select
          key={days}
          id="invite-days"
          name="days"
          defaultValue={days}
          aria-invalid={form.errors("days") ? true : undefined}
          className="min-h-11 w-fit max-w-full rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger"
        >
          {dayChoices.map((choice) => (
            <option key={choice} value={choice}>
              {choice} days
            </option>
          ))}
        </select>
      </div>
      <p className="m-0 text-sm text-ink-muted">
        {emailOn
          ? "Each person gets an email from the course with a link of their own, naming you and this cohort. A link works once."
          : "Email isn’t set up on this server, so you’ll get one link per person to copy and send yourself. Each is shown once and works once."}
      </p>
      <SubmitButton pending={form.pending} busy={emailOn ? "Sending…" : "Making links…"} className="w-fit">
        {emailOn ? <Send aria-hidden="true" /> : null}
        {emailOn ? "Send invitations" : "Make personal links"}
      </SubmitButton>
    </ActionForm>
  );
}
