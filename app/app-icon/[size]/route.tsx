// The web manifest's icons (app/manifest.ts): the mark as PNG at the sizes
// Android and desktop installs ask for, drawn once at build time.
import { ImageResponse } from "next/og";
import { markDataUrl } from "@/components/brand/mark";

const APP_ICON_SIZES = [192, 512] as const;
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return APP_ICON_SIZES.map((size) => ({ size: String(size) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ size: string }> }) {
  const size = Number((await params).size);
  // eslint-disable-next-line @next/next/no-img-element -- an ImageResponse draws plain elements
  return new ImageResponse(<img src={markDataUrl()} width={size} height={size} alt="" />, {
    width: size,
    height: size,
  });
}
