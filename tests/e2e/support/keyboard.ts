import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 250): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

export async function expectFocused(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
}
