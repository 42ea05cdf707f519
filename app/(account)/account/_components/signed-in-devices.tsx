"use client";
// Where the person is signed in, with a way to sign out each other device or
// all of them. One form for the list (each button names its session), so
// what happened stays on screen after the row it was about has gone.
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { signOutOtherSessionsAction, signOutSessionAction } from "../actions";

export type DeviceRow = {
  id: string;
  device: string;
  current: boolean;
  /** "Active in the last hour" or "Last active 4 December 2026 at 14:05". */
  lastActive: string;
  /** "Signed in 1 December 2026 at 09:12". */
  signedIn: string;
};

export function SignedInDevices({ devices }: { devices: DeviceRow[] }) {
  const one = useFormAction(signOutSessionAction);
  const others = useFormAction(signOutOtherSessionsAction);
  const hasOthers = devices.some((device) => !device.current);
  return (
    <div className="flex flex-col gap-4">
      <FormOutcome form={one} />
      <form action={one.action}>
        <ul className="m-0 flex list-none flex-col gap-3 p-0">
          {devices.map((device) => (
            <li
              key={device.id}
              className="flex flex-col gap-3 rounded-md border border-border p-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="min-w-0 flex-1">
                <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1 font-medium break-words">
                  {device.device}
                  {device.current ? (
                    <span className="rounded-full bg-accent-soft px-2 text-sm font-normal text-ink">This device</span>
                  ) : null}
                </p>
                <p className="m-0 text-sm text-ink-muted">
                  {device.lastActive}. {device.signedIn}.
                </p>
              </div>
              {device.current ? null : (
                <Button
                  type="submit"
                  name="sessionId"
                  value={device.id}
                  variant="secondary"
                  disabled={one.pending}
                  aria-label={`Sign out ${device.device} (${device.lastActive.toLowerCase()})`}
                  className="w-fit shrink-0"
                >
                  Sign out
                </Button>
              )}
            </li>
          ))}
        </ul>
      </form>
      {hasOthers ? (
        <form action={others.action}>
          <Button type="submit" variant="secondary" disabled={others.pending}>
            {others.pending ? "Signing out…" : "Sign out everywhere else"}
          </Button>
        </form>
      ) : (
        <p className="m-0 text-ink-muted">You’re not signed in anywhere else.</p>
      )}
      <FormOutcome form={others} />
    </div>
  );
}
