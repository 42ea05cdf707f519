import type { ReactNode } from "react";

const TONES = {
  tip: { label: "Tip", style: "border-accent bg-accent-soft" },
  note: { label: "Note", style: "border-border bg-surface-muted" },
  caution: { label: "Take care", style: "border-danger bg-warning-soft" },
} as const;

export function Callout({
  tone = "note",
  title,
  children,
}: {
  tone?: keyof typeof TONES;
  title?: string;
  children: ReactNode;
}) {
  const { label, style } = TONES[tone];
  return (
    <div className={`my-6 rounded-lg border-l-4 px-5 py-4 print:border print:bg-white ${style}`}>
      <p className="mb-1 font-semibold">{title ?? label}</p>
      <div className="[&>p]:my-2">{children}</div>
    </div>
  );
}
