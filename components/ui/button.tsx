import Link from "@/components/ui/link";
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger" | "quiet";

// Buttons look like buttons (filled or outlined, never underlined) and links
// look like links; see docs/design.md. An icon inside sits before the words,
// aria-hidden, at the size of the text.
const VARIANTS: Record<Variant, string> = {
  primary: "border border-accent bg-accent text-accent-ink shadow-sm hover:border-accent-strong hover:bg-accent-strong",
  secondary: "border border-border-strong bg-surface text-ink hover:bg-surface-muted",
  danger: "border border-danger bg-surface text-danger hover:bg-danger-soft",
  quiet: "text-link underline-offset-4 hover:underline",
};

const BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-base font-semibold leading-tight no-underline transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:cursor-not-allowed disabled:opacity-60 [&>svg]:size-[1.1em] [&>svg]:shrink-0";

export function buttonClass(variant: Variant = "primary", extra = ""): string {
  return `${BASE} ${VARIANTS[variant]} ${extra}`.trim();
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<"button"> & { variant?: Variant }) {
  return <button className={buttonClass(variant, className)} {...props} />;
}

export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
