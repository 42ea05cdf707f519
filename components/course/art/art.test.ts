import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/course/catalog";
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
