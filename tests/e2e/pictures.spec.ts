// The course's pictures on its outer pages: the cover on the home page, each
// module's picture on its card (home and outline) and at the top of its page.
// Drawn inline as SVG in the theme's colours: nothing fetched from elsewhere,
// nothing too wide for a phone, and still accessible in the dark theme.
import type { Locator, Page } from "@playwright/test";
import { loadCourse } from "../../lib/course/catalog";
import { COURSE_COVER_LABEL, MODULE_ART } from "../../components/course/art";
import { expect, expectAccessible, test } from "./support/fixtures";
import { tabTo } from "./support/keyboard";

const course = loadCourse();

/** The card of one module: the list item holding its heading. */
function moduleCard(page: Page, title: string, level: 2 | 3): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level, name: title, exact: true }) });
}

async function expectModuleCards(page: Page, level: 2 | 3) {
  for (const m of course.modules) {
    const card = moduleCard(page, m.title, level);
    await expect(card).toHaveCount(1);
    // The picture is drawn inside the card, hidden from screen readers: the heading says it all.
    const art = card.locator("svg[aria-hidden='true']").first();
    await expect(art).toBeVisible();
    expect((await art.boundingBox())?.height ?? 0).toBeGreaterThan(60);
    // One link covers the card, and it goes to the module.
    const link = card.getByRole("heading", { level }).getByRole("link");
    await expect(link).toHaveAttribute("href", m.href);
    await expect(link).toHaveCSS("text-decoration-line", "none");
    await expect(card.getByText(`Module ${m.number} · ${m.lessons.length} lessons · ${m.minutes} min`)).toBeVisible();
  }
}

async function expectNothingFromElsewhere(page: Page) {
  const sources = await page.evaluate(() =>
    [...document.querySelectorAll("img, image, source")].map(
      (el) => el.getAttribute("src") ?? el.getAttribute("href") ?? el.getAttribute("srcset") ?? "",
    ),
  );
  const origin = new URL(page.url()).origin;
  for (const src of sources) {
    if (src.startsWith("data:")) continue;
    expect(new URL(src, page.url()).origin, `image ${src}`).toBe(origin);
  }
}

test.describe("pictures", () => {
  test("the home page shows the course cover and each module's picture on a card", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("img", { name: COURSE_COVER_LABEL })).toBeVisible();
    await expectModuleCards(page, 3);
    await expectNothingFromElsewhere(page);
    // The whole card is one target: a click on the picture opens the module.
    const first = course.modules[0]!;
    // (The link's stretched ::after lies over the picture, so click where the picture is.)
    const art = moduleCard(page, first.title, 3).locator("svg").first();
    await art.scrollIntoViewIfNeeded();
    const picture = (await art.boundingBox())!;
    await page.mouse.click(picture.x + picture.width / 2, picture.y + picture.height / 2);
    await expect(page).toHaveURL(new RegExp(`${first.href}$`));
    await expect(page.getByRole("img", { name: MODULE_ART[first.slug]!.label })).toBeVisible();
  });

  test("the outline shows each module's picture, with a focus ring round the card", async ({ page }) => {
    await page.goto("/learn");
    await expectModuleCards(page, 2);
    await expectNothingFromElsewhere(page);
    const second = course.modules[1]!;
    const link = moduleCard(page, second.title, 2).getByRole("heading", { level: 2 }).getByRole("link");
    await tabTo(page, link);
    const face = link.locator("xpath=ancestor::div[contains(@class, 'group')][1]");
    await expect(face).toHaveCSS("outline-style", "solid");
    // The lessons stay links of their own, below the card's face.
    await expect(moduleCard(page, second.title, 2).getByRole("link")).toHaveCount(1 + second.lessons.length);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible(page);
  });

  test("each module page shows its picture, described", async ({ page }) => {
    for (const m of course.modules) {
      await page.goto(m.href);
      await expect(page.getByRole("img", { name: MODULE_ART[m.slug]!.label })).toBeVisible();
    }
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible(page);
  });

  test("each module's link preview shows its picture beside the words; the home page's has none", async ({
    page,
    request,
  }) => {
    const images = new Set<string>();
    // One pixel of the card, read in the browser: where a module's card has its
    // picture's soft tile (the light theme's accent-soft, #e3f1ee), the home
    // page's card has only its paper colour.
    async function pixel(pagePath: string): Promise<number[]> {
      // The image's address as the page gives it (Next.js adds a version to it).
      await page.goto(pagePath);
      const content = await page.locator('meta[property="og:image"]').first().getAttribute("content");
      const address = new URL(content!);
      const path = address.pathname + address.search;
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toBe("image/png");
      const rgb = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext("2d")!;
        context.drawImage(img, 0, 0);
        return [...context.getImageData(740, 240, 1, 1).data];
      }, path);
      images.add((await response.body()).toString("base64"));
      return rgb;
    }
    const near = (rgb: number[], [r, g, b]: number[]) =>
      Math.abs(rgb[0]! - r!) + Math.abs(rgb[1]! - g!) + Math.abs(rgb[2]! - b!) < 12;
    const softTile = [0xe3, 0xf1, 0xee];
    expect(near(await pixel("/"), softTile)).toBe(false);
    for (const m of course.modules) expect(near(await pixel(m.href), softTile), m.slug).toBe(true);
    expect(images.size).toBe(course.modules.length + 1);
  });

  test("on a 390 px phone no card is wider than the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/", "/learn", course.modules[0]!.href]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), path).toBeLessThanOrEqual(390);
      for (const item of await page.locator("main li").all()) {
        const box = await item.boundingBox();
        if (box) expect(box.x + box.width, path).toBeLessThanOrEqual(390);
      }
    }
  });
});
