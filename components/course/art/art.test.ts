import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/course/catalog";
import { ART_LIGHT_COLOURS, MODULE_DRAWINGS, moduleArtDataUrl, moduleArtSvg } from "./art-svg";
import { COURSE_COVER_LABEL, CourseCover, MODULE_ART } from "./index";

const pictures = [
  { name: "the course cover", Art: CourseCover, label: COURSE_COVER_LABEL },
  ...Object.entries(MODULE_ART).map(([slug, art]) => ({ name: slug, ...art })),
];

describe("course and module pictures", () => {
  it("draws one for every module in content/, and none for a module that isn't there", () => {
    const slugs = loadCourse().modules.map((m) => m.slug);
    expect(Object.keys(MODULE_ART).sort()).toEqual([...slugs].sort());
  });

  it("describes each picture in its own words", () => {
    const labels = pictures.map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z].{20,140}\.$/);
  });

  for (const { name, Art, label } of pictures) {
    it(`${name}: named when it stands alone, hidden when a card's words say it all`, () => {
      const named = renderToStaticMarkup(createElement(Art));
      expect(named).toContain('role="img"');
      expect(named).toContain(`aria-label="${label}"`);
      expect(named).toContain(`<title>${label}</title>`);

      const hidden = renderToStaticMarkup(createElement(Art, { decorative: true }));
      expect(hidden).toContain('aria-hidden="true"');
      expect(hidden).not.toContain("role=");
      expect(hidden).not.toContain("<title>");
    });

    it(`${name}: takes every colour from the theme and stays small`, () => {
      const markup = renderToStaticMarkup(createElement(Art, { decorative: true }));
      // Colours only as token classes (fill-accent, stroke-ink-muted, …), never written in.
      expect(markup).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i);
      expect(markup).not.toMatch(/(?:fill|stroke)="(?!none)/);
      expect(markup).not.toMatch(/https?:|<image|<img/);
      expect(markup).toMatch(/class="[^"]*(fill|stroke)-accent/);
      expect(Buffer.byteLength(markup)).toBeLessThan(2500);
    });
  }
});

describe("module pictures for link previews (art-svg)", () => {
  it("draws every module, in the light theme's colours as app/globals.css has them", () => {
    expect(Object.keys(MODULE_DRAWINGS).sort()).toEqual(Object.keys(MODULE_ART).sort());
    const css = readFileSync(join(process.cwd(), "app/globals.css"), "utf8");
    const light = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    for (const [token, colour] of Object.entries(ART_LIGHT_COLOURS)) {
      expect(light).toContain(`--${token}: ${colour};`);
    }
  });

  for (const slug of Object.keys(MODULE_ART)) {
    it(`${slug}: a standalone SVG with colours written in, drawn the same as on the page`, () => {
      const svg = moduleArtSvg(slug)!;
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
      expect(svg).toMatch(/ width="400" height="\d+"/);
      expect(svg).not.toContain("class=");
      expect(svg).toMatch(/(fill|stroke)="#1d6b5f"/);
      // Every clip path it uses is defined in it.
      for (const [, id] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svg).toContain(`<clipPath id="${id}">`);
      // The same shapes as the page's picture.
      const page = renderToStaticMarkup(createElement(MODULE_ART[slug]!.Art, { decorative: true }));
      const shapes = (markup: string) => markup.match(/ d="[^"]+"| c[xy]="[^"]+"| r[xy]?="[^"]+"/g);
      expect(shapes(svg)).toEqual(shapes(page));
      expect(moduleArtDataUrl(slug)).toMatch(/^data:image\/svg\+xml;base64,/);
    });
  }
  it("has nothing for a module without a picture", () => {
    expect(moduleArtSvg("no-such-module")).toBeUndefined();
  });
});
