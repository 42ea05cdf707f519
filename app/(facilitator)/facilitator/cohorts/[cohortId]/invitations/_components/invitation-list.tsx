import type { InvitationView } from "@/lib/cohorts/invitations";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { InvitationRowActions } from "./invitation-row-actions";

const STATUS: Record<InvitationView["status"], { label: string; style: string }> = {
  pending: { label: "Waiting", style: "border-border text-ink-muted" },
  "not-sent": { label: "Not sent", style: "border-danger text-danger" },
  expired: { label: "Expired", style: "border-danger text-danger" },
  accepted: { label: "Joined", style: "border-success text-success" },
};

/** Open invitations (with Resend and Revoke) and accepted ones, newest first. */
export function InvitationList({
  cohortId,
  invitations,
  zone,
  emailOn,
  archived,
}: {
  cohortId: string;
  invitations: InvitationView[];
  zone: string | null | undefined;
  emailOn: boolean;
  archived: boolean;
}) {
  const open = invitations.filter((i) => i.status !== "accepted");
  const accepted = invitations.filter((i) => i.status === "accepted");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h3 className="m-0 text-xl font-semibold">Waiting for an answer</h3>
        {open.length === 0 ? (
          <p className="m-0 text-ink-muted">No personal invitations are waiting.</p>
        ) : (
          <ul aria-label="Invitations waiting for an answer" className="m-0 flex list-none flex-col gap-3 p-0">
            {open.map((invitation) => (
              <li key={invitation.id} className="flex flex-col gap-1 rounded-md border border-border px-4 py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <span className="font-medium break-all">{invitation.email}</span>
                  <StatusBadge status={invitation.status} />
                </div>
                {archived ? (
                  <p className="m-0 text-sm text-ink-muted">{sentText(invitation, zone, emailOn)}</p>
                ) : (
                  <InvitationRowActions
                    cohortId={cohortId}
                    invitationId={invitation.id}
                    email={invitation.email}
                    emailOn={emailOn}
                    summary={sentText(invitation, zone, emailOn)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {accepted.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h3 className="m-0 text-xl font-semibold">Accepted</h3>
          <ul aria-label="Accepted invitations" className="m-0 flex list-none flex-col gap-2 p-0">
            {accepted.map((invitation) => (
              <li
                key={invitation.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 rounded-md border border-border px-4 py-2"
              >
                <span className="font-medium break-all">{invitation.email}</span>
                <span className="text-sm text-ink-muted">
                  {invitation.acceptedBy ? `${invitation.acceptedBy} joined` : "Joined"}
                  {invitation.acceptedAt ? ` on ${formatDate(invitation.acceptedAt, zone)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function StatusBadge({ status }: { status: InvitationView["status"] }) {
  const { label, style } = STATUS[status];
  return <span className={`rounded-full border px-2 py-0.5 text-sm font-medium ${style}`}>{label}</span>;
}

function sentText(invitation: InvitationView, zone: string | null | undefined, emailOn: boolean): string {
  const sent = invitation.lastSentAt
    ? `${emailOn ? "Sent" : "Link made"} ${formatDateTime(invitation.lastSentAt, zone)}.`
    : "The email didn’t go: resend it.";
  const expiry =
    invitation.status === "expired"
      ? `Expired ${formatDateTime(invitation.expiresAt, zone)}: ${emailOn ? "resend it" : "make a new link"} to try again.`
      : `Expires ${formatDateTime(invitation.expiresAt, zone)}.`;
  return `${sent} ${expiry}`;
}
