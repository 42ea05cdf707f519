// The picture a chat app or social site shows for a link to the course: the
// mark, a title and a line, on the course's paper colour. Drawn at build time
// by Next.js's ImageResponse with its bundled font: no request leaves the site.
import { ImageResponse } from "next/og";
import { BRAND, markDataUrl } from "./mark";

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

export function socialCard({ eyebrow, title, line }: { eyebrow: string; title: string; line: string }): ImageResponse {
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
        <div style={{ display: "flex", fontSize: 36, lineHeight: 1.35, color: "#4a525c" }}>{line}</div>
      </div>
    </div>,
    SOCIAL_CARD_SIZE,
  );
}
