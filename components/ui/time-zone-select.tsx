"use client";
// A labelled choice of IANA time zone. The list comes from the server (so the
// browser renders exactly the server's options); with no saved zone, the
// browser's own is chosen once it is known.
import { useBrowserTimeZone } from "./browser-time-zone";
import { FieldFrame } from "./field-frame";

export function TimeZoneSelect({
  name = "timeZone",
  label,
  hint,
  zones,
  value,
  errors,
}: {
  name?: string;
  label: string;
  hint?: string;
  zones: readonly string[];
  /** The saved zone, if any. */
  value: string | null | undefined;
  errors?: string[];
}) {
  const browserZone = useBrowserTimeZone();
  const fallback = zones.includes(browserZone) ? browserZone : "UTC";
  const chosen = value && zones.includes(value) ? value : fallback;
  return (
    <FieldFrame id={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        // Keyed by its default: React doesn't move a <select>'s default after mounting.
        <select
          key={chosen}
          {...control}
          name={name}
          defaultValue={chosen}
          className="min-h-11 w-fit max-w-full rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
