// Playwright fixtures: a production server and database per worker, helpers
// to create and sign in users, and an accessibility check (axe, WCAG 2.2 AA)
// of the page every test ends on.
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
      await expectAccessible(page);
    },
    { auto: true },
  ],
});

export { expect };
