"use client";
// The private calendar link: make one, replace it, or turn it off. One form
// (each button names what it does), so the outcome of the last press is the
// one shown. The address is shown once, right after it is made: only its
// fingerprint is kept (lib/calendar/feeds.ts).
import { FormOutcome } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { calendarLinkAction } from "../actions";

/** The same address for calendar apps that open webcal: links (Apple Calendar, Outlook). */
function webcal(link: string): string {
  return link.replace(/^https?:/, "webcal:");
}

export function CalendarLinkForm({ on, since }: { on: boolean; since: string | null }) {
  const form = useFormAction(calendarLinkAction);
  const link = form.state.status === "success" ? form.state.link : undefined;
  return (
    <form action={form.action} className="flex min-w-0 flex-col gap-4">
      <FormOutcome form={form} />
      {link ? (
        <div className="flex min-w-0 flex-col gap-1">
          <CopyField
            key={link}
            label="Your calendar link"
            value={link}
            hint="In your calendar app, add a calendar “from URL” (or “subscribe”) and paste it there."
            copiedMessage="Copied. Paste it into your calendar app where it asks for a calendar’s address."
          />
          <p className="m-0">
            <a href={webcal(link)} className="inline-flex min-h-11 items-center">
              Open it in your calendar app
            </a>
          </p>
        </div>
      ) : (
        <p className="m-0">
          {on
            ? `Your calendar link is on${since ? ` (made ${since})` : ""}. It was shown when you made it; if you no longer have it, replace it.`
            : "You have no calendar link at the moment."}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="make" variant={on ? "secondary" : "primary"} disabled={form.pending}>
          {on ? "Replace link" : "Make a calendar link"}
        </Button>
        {on ? (
          <Button type="submit" name="intent" value="off" variant="danger" disabled={form.pending}>
            Turn off
          </Button>
        ) : null}
      </div>
      {on ? (
        <p className="m-0 text-sm text-ink-muted">
          Replacing or turning off the link stops the old one at once: calendars subscribed to it get nothing more.
        </p>
      ) : null}
    </form>
  );
}
