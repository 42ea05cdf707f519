// The save state of an answer in words, shown beside the editor as a live
// status (role="status" is on the element around it).
import Link from "@/components/ui/link";
import type { AutosaveStatus } from "./reflection-autosave";
import { usePersonZone } from "@/components/session/use-session";
import { formatTime } from "@/lib/time/format";

export function StatusText({
  status,
  sessionUnknown,
  signInHref,
}: {
  status: AutosaveStatus;
  /** The server couldn't say who is signed in (an outage): don't ask a signed-in learner to sign in. */
  sessionUnknown: boolean;
  signInHref: string;
}) {
  switch (status.kind) {
    case "loading":
    case "idle":
      return null;
    case "dirty":
      return <span className="text-ink-muted">Unsaved changes…</span>;
    case "saving":
      return status.slow ? (
        <span>Still saving — your text is safe on this device</span>
      ) : (
        <span className="text-ink-muted">Saving…</span>
      );
    case "saved":
      return <SavedAt at={status.at} />;
    case "offline":
      return <span>Offline — kept on this device, will retry</span>;
    case "retrying":
      return (
        <span className="text-danger">
          Couldn&rsquo;t save: {status.reason.replace(/[.\s]+$/, "")}. Kept on this device, will retry.
          {status.reference ? <> Reference for support: {status.reference}.</> : null}
        </span>
      );
    case "invalid":
      return <span className="text-danger">Couldn&rsquo;t save: {status.message}</span>;
    case "signed-out":
      if (sessionUnknown) {
        return (
          <span>Can&rsquo;t reach the server right now — kept on this device, will save when it&rsquo;s back</span>
        );
      }
      return (
        <span>
          Kept on this device. <Link href={signInHref}>Sign in</Link> to save it to your account.
        </span>
      );
    case "conflict":
      return <span className="text-danger">Changed in another tab — choose below</span>;
  }
}

/** "Saved at 10:42", in the person's zone: asked for only once there is a time to show. */
function SavedAt({ at }: { at: string }) {
  const zone = usePersonZone();
  return <span className="text-success">Saved at {formatTime(new Date(at), zone)}</span>;
}
