// The course's mark: two rounded shapes that overlap, two people each owning
// a part of what sits between them. One drawing, used by the favicon, the
// app icons and the social-card images (app/icon.svg is the same drawing,
// written out so browsers can fetch it as a file).

/** Light and dark colours of the mark, from the design tokens in app/globals.css. */
export const BRAND = {
  paper: "#fbfaf7",
  ink: "#1b1f24",
  accent: "#1d6b5f",
  accentSoft: "#e3f1ee",
  night: "#15181c",
  nightAccent: "#7fd1c2",
} as const;

/** The drawing on a 64 × 64 grid, shared by the SVG text below and the header's inline mark. */
export const MARK_SHAPE = {
  tileRadius: 14,
  // The lens where the two circles overlap: the shared part.
  lens: "M32 20.9a13 13 0 0 1 0 22.2a13 13 0 0 1 0-22.2z",
  circles: [25, 39].map((cx) => ({ cx, cy: 32, r: 13 })),
  strokeWidth: 4,
} as const;

/** The mark on a 64 × 64 grid: a filled tile and two overlapping outlined circles. */
export function markSvg({
  tile = BRAND.accent,
  stroke = "#ffffff",
  overlap = BRAND.accentSoft,
}: { tile?: string; stroke?: string; overlap?: string } = {}): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">`,
    `<rect width="64" height="64" rx="${MARK_SHAPE.tileRadius}" fill="${tile}"/>`,
    `<path d="${MARK_SHAPE.lens}" fill="${overlap}"/>`,
    ...MARK_SHAPE.circles.map(
      ({ cx, cy, r }) =>
        `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${stroke}" stroke-width="${MARK_SHAPE.strokeWidth}"/>`,
    ),
    `</svg>`,
  ].join("");
}

/** The mark as a data: URL, for an <img> inside an ImageResponse (no request leaves the build). */
export function markDataUrl(colours?: Parameters<typeof markSvg>[0]): string {
  return `data:image/svg+xml;base64,${Buffer.from(markSvg(colours)).toString("base64")}`;
}
