"use client";
// A labelled choice of IANA time zone, grouped by region and named by city
// with today's offset from UTC (lib/time/zone-choices.ts), with a box that
// narrows the list as you type a city, a region or an offset. The list comes
// from the server (so the browser renders exactly the server's options); with
// no saved zone, the browser's own is chosen once it is known. The offsets
// and the order come from the server (zoneOffsets) and are only regrouped
// here (groupOffsets), so the browser's own time zone data can't make its
// first render differ from the server's.
import { useId, useMemo, useState } from "react";
import { groupOffsets, zoneMatches, type ZoneGroup, type ZoneOffsets } from "@/lib/time/zone-choices";
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
  /** From zoneOffsets(TIME_ZONES), on the server. */
  zones: ZoneOffsets;
  /** The saved zone, if any. */
  value: string | null | undefined;
  errors?: string[];
}) {
  const browserZone = useBrowserTimeZone();
  const groups = useMemo(() => groupOffsets(zones), [zones]);
  const known = (zone: string) => zones.some(([id]) => id === zone);
  const fallback = known(browserZone) ? browserZone : "UTC";
  const chosen = value && known(value) ? value : fallback;
  // Keyed by its default: the browser's zone, arriving after the first render, starts it again.
  return <ZonePicker key={chosen} {...{ name, label, hint, errors }} zones={groups} initial={chosen} />;
}

function ZonePicker({
  name,
  label,
  hint,
  zones,
  errors,
  initial,
}: {
  name: string;
  label: string;
  hint?: string;
  zones: readonly ZoneGroup[];
  errors?: string[];
  initial: string;
}) {
  const [selected, setSelected] = useState(initial);
  const [query, setQuery] = useState("");
  const searchId = useId();
  const shown = useMemo(
    () =>
      zones
        .map((group) => ({
          ...group,
          // The chosen zone always stays, so narrowing the list never changes the answer.
          choices: group.choices.filter((c) => c.id === selected || zoneMatches(c, query)),
        }))
        .filter((group) => group.choices.length > 0),
    [zones, query, selected],
  );
  const matching = shown.reduce((n, g) => n + g.choices.filter((c) => zoneMatches(c, query)).length, 0);
  return (
    <div className="flex flex-col gap-2">
      <FieldFrame id={name} label={label} hint={hint} errors={errors}>
        {(control) => (
          <select
            {...control}
            name={name}
            // Uncontrolled, so the form's reset after a save returns to this default, not the first option.
            defaultValue={initial}
            onChange={(event) => setSelected(event.target.value)}
            className="min-h-11 w-fit max-w-full rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger"
          >
            {shown.map((group) => (
              <optgroup key={group.region} label={group.region}>
                {group.choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </FieldFrame>
      <div className="flex flex-col gap-1">
        <label htmlFor={searchId} className="text-sm text-ink-muted">
          Can’t see yours? Type a city, a region or an offset to narrow the list (“Lagos”, “Europe”, “+05:30”)
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          maxLength={60}
          className="min-h-11 w-full max-w-sm rounded-md border border-border bg-surface px-3 text-base text-ink"
        />
        <p className="m-0 text-sm text-ink-muted" aria-live="polite">
          {query.trim()
            ? matching === 0
              ? "No zone matches. Try a bigger city nearby, or the region."
              : `${matching} ${matching === 1 ? "zone matches" : "zones match"}.`
            : ""}
        </p>
      </div>
    </div>
  );
}
