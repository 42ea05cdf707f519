// Playwright fixtures: a production server and database per worker, helpers
// to create and sign in users, and an accessibility check (axe, WCAG 2.2 AA)
// of the page every test ends on (unless the test checked it itself and it
// has not changed since).
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../../lib/db/client";
import type { Role } from "../../../lib/auth/roles";
import { createTestDatabase } from "../../setup/test-database";
import { startAppServer, type AppServer } from "./app-server";
import { TestClock } from "./clock";
import { createUser, signInAs, type TestUser } from "./session";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
type WorkerFixtures = { database: TestDatabase; app: AppServer; db: Db; workerClock: TestClock };
type TestFixtures = {
  /** The worker's servers' clock: move it on, and it is put back after the test. */
  clock: TestClock;
  /** Creates a user and signs the page's browser context in as them. */
  signedInAs: (role: Role, options?: { name?: string }) => Promise<TestUser>;
  newUser: (role?: Role, options?: { name?: string }) => Promise<TestUser>;
  checkA11yAtEnd: void;
  failOnPageErrors: void;
};

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectAccessible(page: Page): Promise<void> {
  // Let colour transitions finish (a theme switch animates buttons for 150 ms),
  // so axe measures the colours a person sees, not a frame in between.
  // Transitions only (endless animations never finish), and never over a second.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation instanceof CSSTransition)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]),
  );
  // Next streams a dynamic page's <title> with the page, and after a client
  // navigation sets it a moment later: wait (up to 5 s) for it, so axe sees
  // the page as it settles. A page that never gets one still fails below.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? "n/a"}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe found accessibility violations on ${page.url()}`).toEqual([]);
  await rememberPassed(page);
}

type AxeMark = { conditions: () => string; passedAs: string; changed: boolean };

/**
 * Marks the page as having passed axe as it is now, so the check at the end
 * of the test can skip a second run on the very same page. The mark lasts
 * until the DOM changes (any node, attribute or text), or anything else
 * axe's verdict reads: the address, the colour scheme, forced colours,
 * print, the viewport, the text size, the fonts loaded, the page's size. A
 * navigation starts a new document, without the mark.
 */
async function rememberPassed(page: Page): Promise<void> {
  await page
    .evaluate(() => {
      const conditions = () =>
        [
          location.href,
          ...["(prefers-color-scheme: dark)", "(forced-colors: active)", "(prefers-contrast: more)", "print"].map(
            (query) => matchMedia(query).matches,
          ),
          innerWidth,
          innerHeight,
          devicePixelRatio,
          getComputedStyle(document.documentElement).fontSize,
          document.fonts.status,
          document.documentElement.scrollWidth,
          document.documentElement.scrollHeight,
        ].join(" ");
      const mark: AxeMark = { conditions, passedAs: conditions(), changed: false };
      new MutationObserver(() => {
        mark.changed = true;
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      (window as unknown as { __ittAxeMark?: AxeMark }).__ittAxeMark = mark;
    })
    .catch(() => {
      // The page moved on meanwhile (a redirect, say): no mark, so the check at the end runs.
    });
}

/** True when the page is just as it was when it last passed axe (so a second run would see the same page). */
export async function passedAsItIs(page: Page): Promise<boolean> {
  return page
    .evaluate(() => {
      const mark = (window as unknown as { __ittAxeMark?: AxeMark }).__ittAxeMark;
      return Boolean(mark && !mark.changed && mark.conditions() === mark.passedAs);
    })
    .catch(() => false);
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  database: [
    async ({}, use, workerInfo) => {
      const database = await createTestDatabase({ label: `e2e_w${workerInfo.workerIndex}` });
      await use(database);
      await database.drop();
    },
    { scope: "worker" },
  ],
  db: [
    async ({ database }, use) => {
      const db = createDb(database.url);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  workerClock: [
    async ({}, use, workerInfo) => {
      const clock = new TestClock(path.join(tmpdir(), `itt-clock-${process.pid}-${workerInfo.workerIndex}`));
      clock.reset();
      await use(clock);
      clock.reset();
    },
    { scope: "worker" },
  ],
  app: [
    async ({ database, workerClock }, use) => {
      const server = await startAppServer(database.url, { TEST_CLOCK_FILE: workerClock.file });
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],
  clock: async ({ workerClock }, use) => {
    await use(workerClock);
    workerClock.reset();
  },
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
  newUser: async ({ db }, use) => {
    await use((role = "learner", options = {}) => createUser(db, { role, ...options }));
  },
  signedInAs: async ({ db, app, context }, use) => {
    await use(async (role, options = {}) => {
      const user = await createUser(db, { role, ...options });
      await signInAs(context, app.url, db, user);
      return user;
    });
  },
  failOnPageErrors: [
    // A blocked script (CSP) or an uncaught exception in the browser fails the test.
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
          problems.push(`console: ${message.text()}`);
        }
      });
      await use();
      expect(problems, "errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
  checkA11yAtEnd: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status !== testInfo.expectedStatus) return;
      if (!page.url().startsWith("http")) return;
      // A test that checked the page itself and left it as it was needs no second run.
      if (await passedAsItIs(page)) return;
      await expectAccessible(page);
    },
    { auto: true },
  ],
});

export { expect };
