"use client";
// A radio button chosen before the page's scripts took over. The lesson's
// HTML is interactive before React hydrates it, so on a slow phone a learner
// can tap an option while the code is still on its way. React keeps that tap
// (a hydrating input keeps what the browser shows) but fires no change for it,
// and it remembers the option as already chosen, so tapping it again does
// nothing either: the option stays ticked with no outcome under it. Once
// mounted, this looks at what the browser has ticked and hands it to the
// component as if it had been chosen just now.
import { useEffect, useEffectEvent, type RefObject } from "react";

/** The index, among the group's radio buttons, of the one the browser has ticked; null if none. */
export function tickedIndex(group: ParentNode): number | null {
  const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const index = radios.findIndex((radio) => radio.checked);
  return index === -1 ? null : index;
}

/** Takes up, once, a choice made on `group`'s radio buttons before this component hydrated. */
export function useChoiceMadeEarly(
  group: RefObject<HTMLElement | null>,
  chosen: number | null,
  choose: (index: number) => void,
) {
  const takeUp = useEffectEvent(() => {
    const ticked = group.current ? tickedIndex(group.current) : null;
    if (ticked !== null && ticked !== chosen) choose(ticked);
  });
  useEffect(() => takeUp(), []);
}
