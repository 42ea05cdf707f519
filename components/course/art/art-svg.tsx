// A module's picture as a standalone SVG file, for the link preview
// (app/(course)/learn/[module]/opengraph-image.tsx). The pictures are React
// components coloured by the theme's classes; an image drawn by Next.js's
// ImageResponse has no stylesheet, so this writes the same drawing out as SVG
// text with the light theme's colours in place of the classes. No React
// renderer runs here (Next.js keeps react-dom/server's string rendering out of
// the server bundle): the drawings are plain function components without
// hooks, walked and written out below.
import { Children, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import { checkYourselfFirstDrawing } from "./check-yourself-first";
import { OwnYourPartArt } from "./own-your-part";
import { TrustIsFragileArt } from "./trust-is-fragile";
import { YourTurnArt } from "./your-turn";

/** The light theme's colours (app/globals.css, :root) for the tokens the pictures use; a unit test keeps them equal. */
export const ART_LIGHT_COLOURS = {
  accent: "#1d6b5f",
  "accent-soft": "#e3f1ee",
  surface: "#ffffff",
  "ink-muted": "#4f5661",
} as const;

/** Each module's drawing, decorative (the image's alt text says what it is); `id` prefixes any clip path's id. */
export const MODULE_DRAWINGS: Record<string, (id: string) => ReactElement> = {
  "trust-is-fragile": () => <TrustIsFragileArt decorative />,
  "check-yourself-first": (id) => checkYourselfFirstDrawing(`${id}-glass`, { decorative: true }),
  "own-your-part": () => <OwnYourPartArt decorative />,
  "your-turn": () => <YourTurnArt decorative />,
};

// Attributes written as they are; every other camelCase name becomes kebab-case (strokeWidth → stroke-width).
const KEEP_CASE = new Set(["viewBox", "preserveAspectRatio"]);
const SKIP = new Set(["children", "key", "className", "focusable"]);

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** fill-accent / stroke-ink-muted → fill="#…" / stroke="#…"; layout classes (w-full) mean nothing in a file. */
function coloursOf(className: string): string[] {
  const out: string[] = [];
  for (const name of className.split(/\s+/)) {
    const match = /^(fill|stroke)-(.+)$/.exec(name);
    if (!match) continue;
    const colour = ART_LIGHT_COLOURS[match[2] as keyof typeof ART_LIGHT_COLOURS];
    if (!colour) throw new Error(`No light colour for the class ${name}`);
    out.push(`${match[1]}="${colour}"`);
  }
  return out;
}

function write(node: ReactNode, root: boolean): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return escape(String(node));
  if (Array.isArray(node)) return node.map((child) => write(child as ReactNode, root)).join("");
  if (!isValidElement(node)) throw new Error("Only elements, text and lists can be written as SVG");
  const element = node as ReactElement<Record<string, unknown>>;
  const { type, props } = element;
  if (type === Fragment) return write(props.children as ReactNode, root);
  if (typeof type === "function") return write((type as (p: typeof props) => ReactNode)(props), root);
  if (typeof type !== "string") throw new Error("Only plain SVG elements and function components can be written");

  const attributes: string[] = root ? ['xmlns="http://www.w3.org/2000/svg"'] : [];
  for (const [name, value] of Object.entries(props)) {
    if (SKIP.has(name) || value === undefined || value === null || value === false) continue;
    if (typeof value !== "string" && typeof value !== "number" && value !== true)
      throw new Error(`The attribute ${name} can't be written as text`);
    const attribute = KEEP_CASE.has(name) ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    attributes.push(`${attribute}="${escape(String(value))}"`);
  }
  if (typeof props.className === "string") attributes.push(...coloursOf(props.className));
  if (root && typeof props.viewBox === "string") {
    const [, , width, height] = props.viewBox.split(" ");
    attributes.push(`width="${width}"`, `height="${height}"`);
  }
  const children = Children.toArray(props.children as ReactNode)
    .map((child) => write(child, false))
    .join("");
  return `<${type} ${attributes.join(" ")}>${children}</${type}>`;
}

/** The module's picture as SVG text in the light theme's colours, or undefined for a module without one. */
export function moduleArtSvg(slug: string): string | undefined {
  const draw = MODULE_DRAWINGS[slug];
  return draw ? write(draw(`og-${slug}`), true) : undefined;
}

/** The same, as a data: URL for an <img> in an ImageResponse (nothing is fetched). */
export function moduleArtDataUrl(slug: string): string | undefined {
  const svg = moduleArtSvg(slug);
  return svg ? `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` : undefined;
}
