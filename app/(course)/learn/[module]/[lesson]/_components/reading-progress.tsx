"use client";
// How far through the lesson the reader has scrolled: a thin bar at the top,
// exposed to assistive technology as a labelled progress bar.
import { useEffect, useState } from "react";

export function ReadingProgress() {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { scrollTop, scrollHeight, clientHeight } = document.documentElement;
        const scrollable = scrollHeight - clientHeight;
        setPercent(scrollable > 0 ? Math.min(100, Math.round((scrollTop / scrollable) * 100)) : 100);
      });
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, []);
  return (
    <div
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="no-print fixed inset-x-0 top-0 z-40 h-1 bg-transparent"
    >
      <div className="h-full bg-accent" style={{ width: `${percent}%` }} />
    </div>
  );
}
