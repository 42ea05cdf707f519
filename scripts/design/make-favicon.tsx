// Writes app/favicon.ico from the mark (components/brand/mark.ts): PNG images
// at 16, 32 and 48 pixels, drawn with Next.js's own image renderer, inside an
// ICO container (which may hold PNGs as they are). The file is committed;
// run this again only when the mark changes:  npx tsx scripts/design/make-favicon.tsx
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { markDataUrl } from "../../components/brand/mark";

const SIZES = [16, 32, 48];

async function png(size: number): Promise<Buffer> {
  // eslint-disable-next-line @next/next/no-img-element -- an ImageResponse draws plain elements
  const image = new ImageResponse(<img src={markDataUrl()} width={size} height={size} alt="" />, {
    width: size,
    height: size,
  });
  return Buffer.from(await image.arrayBuffer());
}

/** An ICO file: a 6-byte header, a 16-byte entry per image, then the images. */
export function icoOf(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

async function main() {
  const images = await Promise.all(SIZES.map(async (size) => ({ size, data: await png(size) })));
  const file = path.resolve(import.meta.dirname, "..", "..", "app", "favicon.ico");
  writeFileSync(file, icoOf(images));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)} (${SIZES.join(", ")} px).\n`);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
