// The frame every course picture shares: an SVG drawn for this course with
// its own title and description (read by screen readers in place of the
// picture), and a short visible caption. Colours come from the theme's
// tokens, so a picture follows light and dark like the text around it.
//
// House style, so the pictures look like one set: a viewBox 400 units wide
// (it is shown at most 36rem wide, and about 340 px on a phone), text of
// font-size 16 or more, strokes of 2, rounded corners (rx 10), the accent
// for what the lesson is about and ink-muted for the rest; no more than a
// dozen words inside the picture; the caption and the description carry the
// meaning, never colour alone.
import { useId, type ReactNode } from "react";

export function DiagramFrame({
  title,
  description,
  caption,
  height,
  children,
}: {
  /** What the picture is, in a few words (the SVG's <title>). */
  title: string;
  /** Everything the picture says, in sentences (the SVG's <desc>): the text alternative. */
  description: string;
  /** One line shown under the picture. */
  caption: string;
  /** The viewBox height; the width is always 400. */
  height: number;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="diagram not-prose mx-auto my-8 flex max-w-xl flex-col gap-2">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 400 ${height}`}
        className="h-auto w-full rounded-lg border border-border bg-surface font-sans"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <figcaption className="text-center text-sm text-ink-muted">{caption}</figcaption>
    </figure>
  );
}
