"use client";
import { Send } from "lucide-react";
import { FormSuccess } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { resendInvitationAction, revokeInvitationAction } from "../actions";
import { OneTimeLinks } from "./one-time-links";

/**
 * When an open invitation went and expires, with Resend (a new link, emailed
 * or shown) and Revoke beside it, and the outcome below.
 */
export function InvitationRowActions({
  cohortId,
  invitationId,
  email,
  emailOn,
  summary,
}: {
  cohortId: string;
  invitationId: string;
  email: string;
  emailOn: boolean;
  summary: string;
}) {
  const resend = useFormAction(resendInvitationAction);
  const revoke = useFormAction(revokeInvitationAction);
  const links = resend.state.status === "success" ? (resend.state.links ?? []) : [];
  const error = resend.error ?? revoke.error;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p className="m-0 text-sm text-ink-muted">{summary}</p>
        <div className="flex flex-wrap gap-x-3 gap-y-2">
          <form action={resend.action}>
            <input type="hidden" name="cohortId" value={cohortId} />
            <input type="hidden" name="invitationId" value={invitationId} />
            <Button type="submit" variant="secondary" disabled={resend.pending || revoke.pending}>
              <Send aria-hidden="true" />
              {resend.pending ? "Sending…" : emailOn ? "Resend" : "New link"}
              <span className="sr-only"> to {email}</span>
            </Button>
          </form>
          <form action={revoke.action}>
            <input type="hidden" name="cohortId" value={cohortId} />
            <input type="hidden" name="invitationId" value={invitationId} />
            <Button type="submit" variant="quiet" disabled={resend.pending || revoke.pending}>
              {revoke.pending ? "Revoking…" : "Revoke"}
              <span className="sr-only"> the invitation to {email}</span>
            </Button>
          </form>
        </div>
      </div>
      {error ? (
        <p role="alert" className="m-0 text-sm text-danger">
          {error}
        </p>
      ) : null}
      {/* A revoked invitation's row goes from the list; a resent one says where the new link went. */}
      <FormSuccess form={resend} className="mt-0" />
      <FormSuccess form={revoke} className="mt-0" />
      <OneTimeLinks links={links} />
    </div>
  );
}
