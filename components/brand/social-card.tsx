// The picture a chat app or social site shows for a link to the course: the
// mark, a title and a line, on the course's paper colour. Drawn at build time
// by Next.js's ImageResponse with its bundled font: no request leaves the site.
import { ImageResponse } from "next/og";
import { BRAND, markDataUrl } from "./mark";

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

/** The course's muted ink (app/globals.css, light theme), for the line under the title. */
const INK_MUTED = "#4f5661";

/**
 * The card. With a `picture` (a module's drawing as a data: URL, 400 wide,
 * `pictureHeight` tall), the words take the left and the picture the right.
 */
export function socialCard({
  eyebrow,
  title,
  line,
  picture,
  pictureHeight = 180,
}: {
  eyebrow: string;
  title: string;
  line: string;
  picture?: string;
  pictureHeight?: number;
}): ImageResponse {
  if (picture) return withPicture({ eyebrow, title, line, picture, pictureHeight });
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: BRAND.paper,
        color: BRAND.ink,
        borderBottom: `24px solid ${BRAND.accent}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- an ImageResponse draws plain elements */}
        <img src={markDataUrl()} width={88} height={88} alt="" />
        <div style={{ display: "flex", fontSize: 36, color: BRAND.accent }}>It Takes Two</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ display: "flex", fontSize: 32, color: BRAND.accent }}>{eyebrow}</div>
        <div style={{ display: "flex", fontSize: 76, lineHeight: 1.1, fontWeight: 600 }}>{title}</div>
        <div style={{ display: "flex", fontSize: 36, lineHeight: 1.35, color: INK_MUTED }}>{line}</div>
      </div>
    </div>,
    SOCIAL_CARD_SIZE,
  );
}

// 400 px wide beside the words, on a soft tile with rounded corners, like the
// module's picture on its page. A long summary stops after four lines.
const PICTURE_WIDTH = 400;

function withPicture({
  eyebrow,
  title,
  line,
  picture,
  pictureHeight,
}: {
  eyebrow: string;
  title: string;
  line: string;
  picture: string;
  pictureHeight: number;
}): ImageResponse {
  const height = Math.round((PICTURE_WIDTH / 400) * pictureHeight);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        gap: 48,
        padding: 72,
        background: BRAND.paper,
        color: BRAND.ink,
        borderBottom: `24px solid ${BRAND.accent}`,
      }}
    >
      <div style={{ display: "flex", flex: 1, flexDirection: "column", justifyContent: "space-between" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- an ImageResponse draws plain elements */}
          <img src={markDataUrl()} width={72} height={72} alt="" />
          <div style={{ display: "flex", fontSize: 32, color: BRAND.accent }}>It Takes Two</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
          <div style={{ display: "flex", fontSize: 30, color: BRAND.accent }}>{eyebrow}</div>
          <div style={{ display: "flex", fontSize: 64, lineHeight: 1.1, fontWeight: 600 }}>{title}</div>
          <div style={{ display: "block", lineClamp: 4, fontSize: 28, lineHeight: 1.35, color: INK_MUTED }}>{line}</div>
        </div>
      </div>
      <div style={{ display: "flex", alignItems: "center" }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- an ImageResponse draws plain elements */}
        <img
          src={picture}
          width={PICTURE_WIDTH}
          height={height}
          alt=""
          style={{ borderRadius: 24, border: `2px solid ${BRAND.accentSoft}` }}
        />
      </div>
    </div>,
    SOCIAL_CARD_SIZE,
  );
}
