// First-load JavaScript of the lesson page, gzipped, read straight from the
// build: the chunks its HTML asks for, minus those every page asks for.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Chunk, Maybe, PageWeight } from "../figures";
import { unavailable } from "../figures";
import { BUILD_DIR, LESSON_PATH } from "../paths";
import { EMPTY_NEXT_BUILD_DIR } from "../servers/empty-next";

/** The page closest to empty in this app: the root layout (header, footer, draft sync) and a 404 message. */
export const BASELINE_PAGE = "/_not-found";
/** A string only the reflection editor island renders (components/course/reflection-editor.tsx). */
export const REFLECTION_MARKER = "Offline — kept on this device";

const STATIC_PREFIX = "/_next/static/";

/**
 * Script URLs under /_next/static that an HTML page loads at start: its
 * `<script src>` tags and `<link rel="preload" as="script">` hints, without
 * duplicates or query strings, in document order.
 */
export function scriptSources(html: string): string[] {
  const found: string[] = [];
  const patterns = [/<script\b[^>]*?\bsrc="([^"]+)"/g, /<link\b(?=[^>]*\bas="script")[^>]*?\bhref="([^"]+)"/g];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) {
      const src = (match[1] ?? "").replace(/&amp;/g, "&").split("?")[0] ?? "";
      if (src.startsWith(STATIC_PREFIX) && !found.includes(src)) found.push(src);
    }
  }
  return found;
}

function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

function chunkFile(src: string): string {
  return path.join(BUILD_DIR, "static", src.slice(STATIC_PREFIX.length));
}

function pageHtml(route: string): string {
  const file = path.join(BUILD_DIR, "server", "app", `${route}.html`);
  if (!existsSync(file)) throw new Error(`${route} is not prerendered in ${path.relative(process.cwd(), file)}`);
  return readFileSync(file, "utf8");
}

function containsMarker(content: Buffer): boolean {
  const text = content.toString("utf8");
  // Minifiers may keep the dash as UTF-8 or escape it.
  return text.includes(REFLECTION_MARKER) || text.includes(REFLECTION_MARKER.replace("—", "\\u2014"));
}

/**
 * First-load JS of Next.js's empty page, from its own build: the framework's
 * floor, which the lesson's JS is held to within 20 KB of (issue 15).
 */
export function frameworkWeight(buildDir = EMPTY_NEXT_BUILD_DIR): { gzip: number; chunks: number } | null {
  const html = path.join(buildDir, "server", "app", "index.html");
  if (!existsSync(html)) return null;
  const sources = scriptSources(readFileSync(html, "utf8"));
  const gzip = sources.reduce(
    (sum, src) => sum + gzipBytes(readFileSync(path.join(buildDir, "static", src.slice(STATIC_PREFIX.length)))),
    0,
  );
  return { gzip, chunks: sources.length };
}

export function measurePageWeight(framework: PageWeight["framework"] = null): Maybe<PageWeight> {
  if (!existsSync(path.join(BUILD_DIR, "BUILD_ID"))) return unavailable("no build in .next-bench");
  const lessonSources = scriptSources(pageHtml(LESSON_PATH));
  const baselineSources = new Set(scriptSources(pageHtml(BASELINE_PAGE)));
  const contents = new Map(lessonSources.map((src) => [src, readFileSync(chunkFile(src))]));
  const sized = (src: string): Chunk => ({ file: src, gzipBytes: gzipBytes(contents.get(src) ?? Buffer.alloc(0)) });
  const lessonChunks = lessonSources.map(sized);
  const ownChunks = lessonChunks.filter((c) => !baselineSources.has(c.file));
  const baselineGzip = [...baselineSources].reduce((sum, src) => sum + gzipBytes(readFileSync(chunkFile(src))), 0);

  let reflectionChunks = lessonChunks.filter((c) => containsMarker(contents.get(c.file) ?? Buffer.alloc(0)));
  const inFirstLoad = reflectionChunks.length > 0;
  if (!inFirstLoad) {
    // Not loaded up front: look for it among the lazily loaded chunks instead.
    const dir = path.join(BUILD_DIR, "static", "chunks");
    reflectionChunks = readdirSync(dir)
      .filter((name) => name.endsWith(".js"))
      .map((name) => ({ name, content: readFileSync(path.join(dir, name)) }))
      .filter(({ content }) => containsMarker(content))
      .map(({ name, content }) => ({ file: `${STATIC_PREFIX}chunks/${name}`, gzipBytes: gzipBytes(content) }));
  }
  const sum = (chunks: Chunk[]) => chunks.reduce((total, c) => total + c.gzipBytes, 0);
  return {
    available: true,
    lessonPath: LESSON_PATH,
    baselinePath: BASELINE_PAGE,
    lessonGzip: sum(lessonChunks),
    baselineGzip,
    ownGzip: sum(ownChunks),
    ownChunks,
    reflection: { chunks: reflectionChunks, gzipBytes: sum(reflectionChunks), inFirstLoad, marker: REFLECTION_MARKER },
    framework,
  };
}
