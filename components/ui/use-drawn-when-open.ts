"use client";
// A <details> whose body is drawn only once it is opened (decision 063). The
// journal shows thirty answers a page, each with a sharing confirmation and a
// look-back form behind a closed <details>; drawn up front they were two
// thirds of the page's HTML and a third of the server's time for it, for
// forms a learner opens one at a time.
//
// In the browser the body is drawn the moment its summary is clicked (before
// the browser opens it, so nothing flashes) and dropped when it closes.
// Before the page's script runs, or without JavaScript, an opened <details>
// shows the fallback instead: a link to the same page with this one drawn
// open (`drawnOpen`), where its form posts as before.
import { startTransition, useEffect, useRef, useState, type SyntheticEvent } from "react";

/**
 * `onDemand` false: the body is always drawn (a page with few of them);
 * `drawnOpen`: the page was asked for with this one open.
 */
export function useDrawnWhenOpen({ onDemand, drawnOpen }: { onDemand: boolean; drawnOpen: boolean }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(drawnOpen);
  const [running, setRunning] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // Opened before the script ran (the fallback link was showing): draw the body now.
    const openAlready = ref.current?.open === true;
    startTransition(() => {
      if (openAlready) setOpen(true);
      setRunning(true);
    });
  }, []);
  return {
    /** Draw the body. */
    open: open || !onDemand,
    /** Draw the fallback link instead (only in the page's HTML, never once the script runs). */
    fallback: onDemand && !open && !running,
    /** The page's script is running: a button can close it (before, or without JavaScript, only a link can). */
    running,
    /** Spread on the <details>. */
    details: {
      ref,
      open: drawnOpen || undefined,
      onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open),
    },
    /** Spread on its <summary>. */
    summary: {
      ref: summaryRef,
      onClick: () => {
        if (!ref.current?.open) setOpen(true);
      },
    },
    /** Closes it ("Not now") and puts focus back on its summary. */
    close: () => {
      if (ref.current) ref.current.open = false;
      summaryRef.current?.focus();
    },
  };
}
