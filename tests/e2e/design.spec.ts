// The design system (issue 15, docs/design.md): fonts served by the site
// itself within their byte budget, one toast for "done", empty states that
// lead somewhere, and the compare view with a single answer.
import { randomUUID } from "node:crypto";
import { getPrompts } from "../../lib/course/prompts";
import { expect, expectAccessible, passedAsItIs, test } from "./support/fixtures";

const WHATS_YOUR_PART = getPrompts().get("whats-your-part")!;
const FONT_BUDGET_BYTES = 60 * 1024;

test.describe("design system", () => {
  test("a lesson's fonts come from the site itself, within 60 KB of woff2", async ({ page }) => {
    const requested: string[] = [];
    const fonts: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on("request", (request) => {
      if (/^https?:/.test(request.url())) requested.push(request.url());
    });
    page.on("response", (response) => {
      if (!response.url().endsWith(".woff2")) return;
      pending.push(
        response.body().then((body) => {
          fonts.push({ url: response.url(), bytes: body.byteLength });
        }),
      );
    });

    await page.goto(WHATS_YOUR_PART.lesson.href);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);

    const origin = new URL(page.url()).origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(new URL(font.url).origin).toBe(origin);
    const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
    expect(total).toBeLessThanOrEqual(FONT_BUDGET_BYTES);
    // The text is set in the course's face, not the system's.
    expect(await page.evaluate(() => document.fonts.check('1em "Source Sans 3"'))).toBe(true);
    await expect(page.locator("body")).toHaveCSS("font-family", /^"Source Sans 3"/);
  });

  test("a success is one polite toast, and a second replaces the first", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    await page.goto("/account");
    const emails = page.getByRole("region", { name: "Emails we send" });
    const save = emails.getByRole("button", { name: "Save email choices" });
    await save.click();
    const toast = page.getByRole("status").filter({ hasText: "Your email choices are saved." });
    await expect(toast).toBeVisible();
    await expect(toast).toHaveAttribute("aria-live", "polite");
    // Drawn as a toast: fixed at the bottom of the screen, whatever the scroll.
    await expect(toast).toHaveCSS("position", "fixed");
    const box = await toast.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y + box!.height).toBeGreaterThan(viewport.height * 0.7);

    // A second success replaces the first: still one toast, not two stacked.
    await save.click();
    await expect(toast).toBeVisible();
    await expect(page.getByText("Your email choices are saved.")).toHaveCount(1);
  });

  test("an empty journal says so with an icon and one next step", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    await page.goto("/journal");
    const main = page.getByRole("main");
    await expect(main.getByText("Your journal is empty for now.")).toBeVisible();
    const next = main.getByRole("link", { name: "Go to the course" });
    await expect(next).toHaveAttribute("href", "/learn");
    // A button, not an underlined link.
    await expect(next).toHaveCSS("text-decoration-line", "none");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible(page);
  });

  // Their look is two component classes (.btn, .btn-<variant>, decision 061):
  // a primary button is filled with the accent, 44 px tall, semibold and not
  // underlined; its icon is the text's size; a utility beside it (w-fit) wins;
  // keyboard focus draws the 3 px ring.
  test("buttons look like buttons, and a utility beside their classes still wins", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    await page.goto("/account");
    const save = page
      .getByRole("region", { name: "Emails we send" })
      .getByRole("button", { name: "Save email choices" });
    const accent = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.backgroundColor = "var(--accent)";
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });
    await expect(save).toHaveCSS("background-color", accent);
    await expect(save).toHaveCSS("min-height", "44px");
    await expect(save).toHaveCSS("font-weight", "600");
    await expect(save).toHaveCSS("text-decoration-line", "none");
    // w-fit: as wide as its words, not the whole column.
    const width = await save.evaluate((element) => element.getBoundingClientRect().width);
    const column = await save.evaluate((element) => element.parentElement!.getBoundingClientRect().width);
    expect(width).toBeLessThan(column / 2);
    const icon = save.locator("svg");
    const fontSize = parseFloat(await save.evaluate((element) => getComputedStyle(element).fontSize));
    expect(Math.abs((await icon.evaluate((svg) => svg.getBoundingClientRect().height)) - fontSize * 1.1)).toBeLessThan(
      1,
    );
    await save.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(save).toBeFocused();
    await expect(save).toHaveCSS("outline-width", "3px");
    await expect(save).toHaveCSS("outline-offset", "2px");

    // A secondary button (here a link that looks like one) is outlined on the page's surface, not filled.
    // The goodbye page is for someone signed out (a signed-in visitor is sent to their account).
    await page.context().clearCookies();
    await page.goto("/goodbye");
    const again = page.getByRole("main").getByRole("link", { name: "Create a new account" });
    await expect(again).not.toHaveCSS("background-color", accent);
    await expect(again).toHaveCSS("border-top-width", "1px");
    await expect(again).toHaveCSS("min-height", "44px");
    await expect(again).toHaveCSS("text-decoration-line", "none");
  });

  test("the compare view with one answer says there is nothing to compare yet", async ({ page, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    const at = new Date("2026-03-01T10:00:00Z");
    await db.reflection.create({
      data: {
        id: randomUUID(),
        userId: learner.id,
        promptId: WHATS_YOUR_PART.id,
        lessonKey: WHATS_YOUR_PART.lesson.key,
        promptText: WHATS_YOUR_PART.prompt,
        body: "My only answer so far.",
        version: 1,
        createdAt: at,
        updatedAt: at,
      },
    });

    await page.goto("/journal/prompt/whats-your-part");
    const main = page.getByRole("main");
    await expect(main.getByRole("article", { name: /^Latest answer/ })).toContainText("My only answer so far.");
    await expect(main.getByText("Nothing to compare yet.")).toBeVisible();
    await expect(main.getByRole("link", { name: "Answer it again in the lesson" })).toHaveAttribute(
      "href",
      `${WHATS_YOUR_PART.lesson.href}#reflection-whats-your-part`,
    );
    // No picker for a single answer.
    await expect(main.getByRole("combobox")).toHaveCount(0);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible(page);
  });

  test("with three answers, a picker chooses which two sit side by side", async ({ page, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    for (const [day, body] of [
      ["2026-03-01", "First thoughts."],
      ["2026-03-08", "A week later."],
      ["2026-03-15", "Two weeks on."],
    ] as const) {
      const at = new Date(`${day}T10:00:00Z`);
      await db.reflection.create({
        data: {
          id: randomUUID(),
          userId: learner.id,
          promptId: WHATS_YOUR_PART.id,
          lessonKey: WHATS_YOUR_PART.lesson.key,
          promptText: WHATS_YOUR_PART.prompt,
          body,
          version: 1,
          createdAt: at,
          updatedAt: at,
        },
      });
    }
    await page.goto("/journal/prompt/whats-your-part");
    const main = page.getByRole("main");
    const chosen = main.getByRole("list", { name: "The two answers you chose" });
    await expect(chosen.getByRole("article")).toHaveCount(2);
    await expect(chosen).toContainText("Two weeks on.");
    await expect(chosen).toContainText("A week later.");

    await main.getByLabel("with").selectOption({ index: 2 });
    await main.getByRole("button", { name: "Show side by side" }).click();
    await expect(chosen).toContainText("First thoughts.");
    await expect(chosen).not.toContainText("A week later.");
    // Every answer is still on the page, the others below.
    await expect(main.getByRole("article")).toHaveCount(3);
  });
});

test("the axe check at a test's end runs again unless the page is just as it was when it passed", async ({ page }) => {
  await page.goto("/about");
  expect(await passedAsItIs(page), "before any check").toBe(false);
  await expectAccessible(page);
  expect(await passedAsItIs(page), "right after passing").toBe(true);

  // Another colour scheme is another page to axe, with no change to the DOM.
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await passedAsItIs(page), "in dark mode").toBe(false);
  await expectAccessible(page);
  expect(await passedAsItIs(page), "after passing in dark mode").toBe(true);

  // So is another width.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await passedAsItIs(page), "at another width").toBe(false);
  await expectAccessible(page);

  // Any change to the DOM: here, a picture with no text alternative, which axe would refuse.
  await page.evaluate(() => {
    const picture = document.createElement("img");
    picture.src = "/icon.svg";
    document.querySelector("main")?.append(picture);
  });
  expect(await passedAsItIs(page), "after the DOM changed").toBe(false);
  await page.evaluate(() => document.querySelector("main img:not([alt])")?.remove());

  // A new document carries no mark.
  await expectAccessible(page);
  await page.reload();
  expect(await passedAsItIs(page), "after a reload").toBe(false);
});
