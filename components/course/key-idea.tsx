import type { ReactNode } from "react";

/** A highlighted takeaway inside a lesson. */
export function KeyIdea({ children }: { children: ReactNode }) {
  return (
    <div className="key-idea my-8 rounded-lg border-l-4 border-accent bg-accent-soft px-5 py-4 print:border print:bg-white">
      <p className="mb-1 text-sm font-semibold tracking-wide text-accent uppercase print:text-black">Key idea</p>
      <div className="text-lg [&>p]:m-0">{children}</div>
    </div>
  );
}
