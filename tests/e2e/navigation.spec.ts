// The site header: one row with a "Menu" button on a phone, the links inline
// on a wide screen, the current page marked, and nothing moving when the
// signed-in links arrive after the (static) page.
import type { Locator, Page } from "@playwright/test";
import { expectAccessible, expect, test } from "./support/fixtures";
import { seedCohort } from "./support/cohorts";
import { tabTo } from "./support/keyboard";

const LESSON = "/learn/check-yourself-first/whats-your-part";
const PHONE = { width: 390, height: 844 };

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const menuButton = (page: Page) => mainNav(page).getByRole("button", { name: "Menu" });

/** Waits until the account links are in the page (in the closed menu on a phone, so not necessarily visible). */
async function accountArrived(page: Page, signedIn: boolean): Promise<void> {
  const name = signedIn ? "Sign out" : "Sign in";
  await expect(mainNav(page).getByRole(signedIn ? "button" : "link", { name, includeHidden: true })).toBeAttached();
}

/** The sum of layout shifts not caused by input since the page began, with what moved. */
async function layoutShift(page: Page): Promise<{ sum: number; moved: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ sum: number; moved: string[] }>((resolve) => {
        let sum = 0;
        const moved: string[] = [];
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue;
            sum += entry.value;
            for (const source of entry.sources ?? []) {
              const node = source.node;
              const what =
                node instanceof Element
                  ? `${node.tagName.toLowerCase()}.${node.className}`
                  : `${node?.nodeName} "${node?.textContent?.slice(0, 40)}" in ${node?.parentElement?.tagName}`;
              const { previousRect: from, currentRect: to } = source;
              moved.push(`${what} from (${from.x}, ${from.y}) to (${to.x}, ${to.y})`);
            }
          }
        }).observe({ type: "layout-shift", buffered: true });
        // Two frames and a moment more, so any shift from the last render is reported.
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve({ sum, moved }), 500)));
      }),
  );
}

async function expectOnOneLine(items: Locator[]): Promise<void> {
  const boxes = await Promise.all(items.map(async (item) => (await item.boundingBox())!));
  const [first, ...rest] = boxes;
  for (const box of rest) {
    // Each item's vertical middle lies within the first item's height: one row.
    const middle = box.y + box.height / 2;
    expect(middle).toBeGreaterThan(first!.y);
    expect(middle).toBeLessThan(first!.y + first!.height);
  }
}

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: PHONE });

  test("the header is one row, and its menu opens and closes by pointer and keyboard", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    await page.goto("/dashboard");
    await accountArrived(page, true);

    const brand = mainNav(page).getByRole("link", { name: "It Takes Two" });
    const button = menuButton(page);
    await expect(brand).toBeVisible();
    await expect(button).toBeVisible();
    await expectOnOneLine([brand, button]);
    const header = page.getByRole("banner");
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);

    // Closed: the links wait behind the button.
    const journal = mainNav(page).getByRole("link", { name: "Journal" });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(journal).toBeHidden();
    const panel = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
    await expect(panel).toBeHidden();

    // Open by click; a click outside closes it.
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(panel).toBeVisible();
    for (const name of ["Course", "About", "Dashboard", "Journal", "Notifications"]) {
      await expect(mainNav(page).getByRole("link", { name })).toBeVisible();
    }
    await expect(mainNav(page).getByRole("button", { name: "Sign out" })).toBeVisible();
    // (The panel covers the top of the page: click the footer, outside it.)
    await page.getByRole("contentinfo").click({ position: { x: 5, y: 5 } });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(journal).toBeHidden();

    // By keyboard: Tab to the button, Enter opens, Tab reaches the links, Escape closes and focus returns.
    await page.keyboard.press("Escape");
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, button);
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Course" })).toBeFocused();
    await tabTo(page, journal, 10);
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
    await expect(journal).toBeHidden();

    // Choosing a link closes the menu on the page it leads to.
    await button.click();
    await journal.click();
    await expect(page).toHaveURL(/\/journal$/);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(journal).toBeHidden();
  });

  test("the open menu is accessible in the dark theme", async ({ page, signedInAs }) => {
    await signedInAs("admin");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(LESSON);
    await accountArrived(page, true);
    await menuButton(page).click();
    await expect(mainNav(page).getByRole("link", { name: "Admin", exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test("signed out, the header is one row and the menu offers to sign in", async ({ page }) => {
    await page.goto(LESSON);
    await accountArrived(page, false);
    await expectOnOneLine([mainNav(page).getByRole("link", { name: "It Takes Two" }), menuButton(page)]);
    await menuButton(page).click();
    await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name: "Create account" })).toBeVisible();
  });
});

test.describe("the current page", () => {
  const cases = (cohortId: string) => [
    { path: `/facilitator/cohorts/${cohortId}/settings`, link: "Facilitator" },
    { path: LESSON, link: "Course" },
    { path: "/journal", link: "Journal" },
    { path: "/dashboard", link: "Dashboard" },
  ];

  for (const viewport of [{ width: 1280, height: 720 }, PHONE]) {
    test(`is marked in the header at ${viewport.width} px`, async ({ page, signedInAs, db }) => {
      await page.setViewportSize(viewport);
      const facilitator = await signedInAs("facilitator");
      const cohort = await seedCohort(db, facilitator, { name: "Header cohort", learners: [] });
      for (const { path, link } of cases(cohort.id)) {
        await page.goto(path);
        await accountArrived(page, true);
        if (viewport.width < 1024) await menuButton(page).click();
        const current = mainNav(page).locator('[aria-current="page"]');
        await expect(current, path).toHaveCount(1);
        await expect(current, path).toHaveAccessibleName(link);
        await expect(current, path).toBeVisible();
        // Shown by a bar beside or under the link too, not by colour alone.
        await expect(current.locator('span[aria-hidden="true"]').last(), path).toBeVisible();
      }
    });
  }
});

test.describe("no layout shift when the signed-in links arrive", () => {
  for (const viewport of [{ width: 1280, height: 720 }, PHONE]) {
    test(`signed in, at ${viewport.width} px`, async ({ page, signedInAs }) => {
      await page.setViewportSize(viewport);
      await signedInAs("admin", { name: "Rosalind Header-Width" });
      for (const path of ["/dashboard", LESSON]) {
        await page.goto(path);
        await accountArrived(page, true);
        const { sum, moved } = await layoutShift(page);
        expect(sum, `layout shift on ${path}: ${moved.join(", ")}`).toBe(0);
      }
      // On a wide screen every link fits the one row.
      if (viewport.width >= 1024) {
        await expectOnOneLine([
          mainNav(page).getByRole("link", { name: "It Takes Two" }),
          mainNav(page).getByRole("link", { name: "Course" }),
          mainNav(page).getByRole("link", { name: "Admin", exact: true }),
          mainNav(page).getByRole("button", { name: "Sign out" }),
        ]);
      }
    });

    test(`signed out, at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of ["/learn", LESSON]) {
        await page.goto(path);
        await accountArrived(page, false);
        const { sum, moved } = await layoutShift(page);
        expect(sum, `layout shift on ${path}: ${moved.join(", ")}`).toBe(0);
      }
    });
  }
});

test.describe("links inside the app (components/ui/link.tsx)", () => {
  test("a click moves to the next lesson without reloading the page, and the hover before it fetched its data", async ({
    page,
  }) => {
    await page.goto(LESSON);
    await accountArrived(page, false);
    const documents: string[] = [];
    const routeData: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document") documents.push(request.url());
      else if (request.headers()["rsc"] === "1") routeData.push(new URL(request.url()).pathname);
    });
    // Anything set on this page's window survives a move inside the app, and is gone after a reload.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    const next = page.getByRole("navigation", { name: "Lesson" }).getByRole("link", { name: /Next lesson/ });
    const href = (await next.getAttribute("href"))!;
    expect(href).toMatch(/^\/learn\//);
    await next.hover();
    await expect.poll(() => routeData.some((path) => path.startsWith(href))).toBe(true);

    await next.click();
    await expect(page).toHaveURL(href);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/What's your part/i);
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    expect(documents).toEqual([]);

    // The next lesson has a scenario, an island whose code loads only where it is on the page: it answers.
    const scenario = page.getByRole("group", { name: "Scenario" }).first();
    await scenario.getByRole("radiogroup", { name: "What would you do?" }).getByRole("radio").first().check();
    await expect(scenario.getByRole("status").first()).toContainText("What likely happens:");
  });

  test("a lesson's island works when the page is opened directly, and a lesson without it never loads its code", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto("/learn/check-yourself-first/an-honest-inventory");
    const scenario = page.getByRole("group", { name: "Scenario" }).first();
    await expect(scenario.getByRole("status").first()).toContainText("Choose an option");
    await scenario.getByRole("radiogroup", { name: "What would you do?" }).getByRole("radio").first().check();
    await expect(scenario.getByRole("status").first()).toContainText("What likely happens:");
    // A lesson without a scenario never asks for the scenario's code.
    const withScenario = new Set(scripts);
    scripts.length = 0;
    await page.goto(LESSON);
    await accountArrived(page, false);
    await page.waitForLoadState("networkidle");
    const scenarioOnly = [...withScenario].filter((url) => !scripts.includes(url));
    expect(scenarioOnly.length).toBeGreaterThan(0);
  });

  test("a click with Control held leaves this page alone and opens the link in a new tab", async ({
    page,
    context,
  }) => {
    await page.goto(LESSON);
    await accountArrived(page, false);
    const next = page.getByRole("navigation", { name: "Lesson" }).getByRole("link", { name: /Next lesson/ });
    const href = (await next.getAttribute("href"))!;
    const opened = context.waitForEvent("page");
    await next.click({ modifiers: ["Control"] });
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(href);
    await expect(page).toHaveURL(LESSON);
    await tab.close();
  });

  test("without JavaScript the links are ordinary links", async ({ browser, app }) => {
    const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    const next = page.getByRole("navigation", { name: "Lesson" }).getByRole("link", { name: /Next lesson/ });
    const href = (await next.getAttribute("href"))!;
    await next.click();
    await expect(page).toHaveURL(href);
    await context.close();
  });
});
