// `npm run screenshots`: pictures of the key pages at a phone's width (390 px)
// and a desk's (1280 px), light and dark, to look at after a design change.
// It starts nothing: point it at a running app (BASE_URL, default
// http://localhost:3000) with the demo accounts (`npm run setup`). PNGs go to
// screenshots/ (ignored by git), or SCREENSHOTS_DIR.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { findChromium } from "./find-chromium";

const BASE_URL = (process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const OUT = path.resolve(process.env.SCREENSHOTS_DIR ?? "screenshots");
const WIDTHS = [390, 1280] as const;
const THEMES = ["light", "dark"] as const;

type Account = "visitor" | "learner" | "facilitator" | "admin";
const PASSWORDS: Record<Exclude<Account, "visitor">, string> = {
  learner: "learner-demo-pass",
  facilitator: "facilitator-demo-pass",
  admin: "admin-demo-pass",
};

/** A page to shoot: a fixed path, or one found by following links from another. */
type Shot = { name: string; as: Account; path: string | ((page: Page) => Promise<string>) };

/** The first link matching `selector` on page `from`; `fallback` when there is none (a demo without answers). */
async function firstHref(page: Page, from: string, selector: string, fallback = from): Promise<string> {
  await page.goto(`${BASE_URL}${from}`);
  const link = page.locator(selector).first();
  if ((await link.count()) === 0) return fallback;
  return (await link.getAttribute("href")) ?? fallback;
}

const SHOTS: Shot[] = [
  { name: "home", as: "visitor", path: "/" },
  { name: "course-outline", as: "visitor", path: "/learn" },
  { name: "lesson", as: "learner", path: (page) => firstHref(page, "/learn", 'main a[href^="/learn/"][href*="/"]') },
  { name: "dashboard", as: "learner", path: "/dashboard" },
  { name: "journal", as: "learner", path: "/journal" },
  {
    name: "journal-question",
    as: "learner",
    path: (page) => firstHref(page, "/journal", 'main a[href^="/journal/prompt/"]', "/journal/prompt/whats-your-part"),
  },
  { name: "compare", as: "learner", path: "/journal/prompt/whats-your-part" },
  { name: "notifications", as: "learner", path: "/notifications" },
  { name: "account", as: "learner", path: "/account" },
  {
    name: "facilitator-cohort",
    as: "facilitator",
    path: (page) => firstHref(page, "/facilitator", 'main a[href^="/facilitator/cohorts/"]'),
  },
  { name: "admin", as: "admin", path: "/admin" },
];

async function signIn(page: Page, account: Exclude<Account, "visitor">): Promise<void> {
  await page.goto(`${BASE_URL}/sign-in`);
  await page.getByLabel("Email").fill(`${account}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORDS[account]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 20_000 });
}

async function shoot(browser: Browser, account: Account, shots: Shot[]): Promise<string[]> {
  const saved: string[] = [];
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      if (account !== "visitor") await signIn(page, account);
      for (const shot of shots) {
        const target = typeof shot.path === "string" ? shot.path : await shot.path(page);
        await page.goto(`${BASE_URL}${target}`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const file = path.join(OUT, `${shot.name}-${width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        saved.push(file);
      }
      await context.close();
    }
  }
  return saved;
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath });
  try {
    const saved: string[] = [];
    for (const account of ["visitor", "learner", "facilitator", "admin"] as const) {
      const shots = SHOTS.filter((shot) => shot.as === account);
      saved.push(...(await shoot(browser, account, shots)));
    }
    process.stdout.write(`Saved ${saved.length} screenshots of ${BASE_URL} in ${OUT}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
