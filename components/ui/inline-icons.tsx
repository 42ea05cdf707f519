// lucide's icons that client islands draw, written out as plain SVG. Every
// lucide-react icon renders through its Icon component, a client component,
// so even one icon brings lucide's runtime into the page's JavaScript; these
// carry only their own paths. Same markup as lucide's (docs/decisions/054-lesson-islands-on-demand.md).
import type { ReactNode } from "react";

function LucideSvg({ name, className, children }: { name: string; className?: string; children: ReactNode }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`lucide lucide-${name}${className ? ` ${className}` : ""}`}
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

/** lucide's `menu`. */
export function MenuIcon({ className }: { className?: string }) {
  return (
    <LucideSvg name="menu" className={className}>
      <path d="M4 5h16" />
      <path d="M4 12h16" />
      <path d="M4 19h16" />
    </LucideSvg>
  );
}

/** lucide's `x`. */
export function CloseIcon({ className }: { className?: string }) {
  return (
    <LucideSvg name="x" className={className}>
      <path d="M18 6 6 18" />
      <path d="m6 6 12 12" />
    </LucideSvg>
  );
}

/** lucide's `share-2`. */
export function ShareIcon({ className }: { className?: string }) {
  return (
    <LucideSvg name="share-2" className={className}>
      <circle cx="18" cy="5" r="3" />
      <circle cx="6" cy="12" r="3" />
      <circle cx="18" cy="19" r="3" />
      <line x1="8.59" x2="15.42" y1="13.51" y2="17.49" />
      <line x1="15.41" x2="8.59" y1="6.51" y2="10.49" />
    </LucideSvg>
  );
}

/** lucide's `circle-check` (the toast's). */
export function CircleCheckIcon({ className }: { className?: string }) {
  return (
    <LucideSvg name="circle-check" className={className}>
      <circle cx="12" cy="12" r="10" />
      <path d="m9 12 2 2 4-4" />
    </LucideSvg>
  );
}
