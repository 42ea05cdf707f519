import { ActionButtonForm } from "../../../_components/action-button-form";
import { setInviteLinkAction } from "../actions";
import { InviteLinkField } from "./invite-link-field";

/** The invite link with copy, replace and off/on controls. */
export function InviteLinkCard({
  cohortId,
  link,
  archived,
}: {
  cohortId: string;
  link: string | null;
  archived: boolean;
}) {
  return (
    <section
      aria-labelledby="invite-heading"
      className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-5"
    >
      <h2 id="invite-heading" className="m-0 text-2xl font-semibold">
        Invite link
      </h2>
      {archived ? (
        <p className="m-0">This cohort is archived, so the link doesn&rsquo;t let anyone join at the moment.</p>
      ) : null}
      {/* Kept in place while the link changes, so turning it off or on is announced. */}
      <p role="status" className="m-0">
        {link
          ? "The invite link is on. Send it to the people you want in this cohort."
          : "The invite link is off: nobody can join this cohort with a link right now. People who already joined stay in it."}
      </p>
      {link ? (
        <>
          {/* A new key when the link changes, so an old "Copied" isn't left beside a new link. */}
          <InviteLinkField key={link} link={link} />
          <div className="flex flex-col gap-3">
            <p className="m-0 text-sm text-ink-muted">
              If the link has gone further than you meant, replace it: the old one stops working at once, and people who
              already joined stay in the cohort.
            </p>
            <div className="flex flex-wrap gap-x-6 gap-y-3">
              <ActionButtonForm
                action={setInviteLinkAction}
                fields={{ cohortId, state: "new" }}
                label="Replace link"
                pendingLabel="Replacing…"
              />
              <ActionButtonForm
                action={setInviteLinkAction}
                fields={{ cohortId, state: "off" }}
                label="Turn off link"
                pendingLabel="Turning off…"
              />
            </div>
          </div>
        </>
      ) : (
        <>
          <p className="m-0 text-sm text-ink-muted">Turning it on makes a new link; earlier links stay off.</p>
          <ActionButtonForm
            action={setInviteLinkAction}
            fields={{ cohortId, state: "new" }}
            label="Turn on link"
            pendingLabel="Turning on…"
            variant="primary"
          />
        </>
      )}
    </section>
  );
}
