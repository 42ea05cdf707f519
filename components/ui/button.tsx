import Link from "@/components/ui/link";
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger" | "quiet";

// Buttons look like buttons (filled or outlined, never underlined) and links
// look like links; see docs/design.md. An icon inside sits before the words,
// aria-hidden, at the size of the text. The look is two component classes in
// app/globals.css (`.btn` and `.btn-<variant>`), not the utilities spelled
// out on every button: a journal page has five buttons to an answer, and the
// long class list was a fifth of the page's HTML. Utilities passed as `extra`
// still win, as the components layer comes before the utilities.
export function buttonClass(variant: Variant = "primary", extra = ""): string {
  return `btn btn-${variant} ${extra}`.trim();
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
