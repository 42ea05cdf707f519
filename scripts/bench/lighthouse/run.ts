// Lighthouse in the bench (issue 15): mobile, Lighthouse's default settings
// (simulated slow 4G and a 4× slower CPU), three runs per page, the median
// run kept. Pages: home, a lesson, the course outline and, signed in, the
// dashboard and the journal. Debian's Chromium, started by chrome-launcher;
// nothing is fetched from outside the machine.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { createDb } from "../../../lib/db/client";
import { findChromium } from "../../find-chromium";
import { onCleanup } from "../cleanup";
import { createBenchDatabase } from "../databases";
import { LESSON_PATH } from "../paths";
import { seedDashboardData } from "../seed/dashboard";
import { seedLearners } from "../seed/learners";
import { buildEmptyNext, startEmptyNext } from "../servers/empty-next";
import { startNext } from "../servers/next";
import { lighthouseTargets, scoresOf, type LighthouseResult, type LighthouseTarget, type PageScores } from "./scores";

const RUNS = 3;
/** The pages learners open on phones: held to the performance and TBT targets. */
export const PHONE_PAGES = ["home", "lesson"];

/** The framework's empty page, measured the same way: what Next.js alone costs a phone. */
export const FRAMEWORK_PAGE = "Next.js empty page";

export type LighthouseFigures = { pages: PageScores[]; targets: LighthouseTarget[] };

type Page = { page: string; path: string; signedIn: boolean };

const PAGES: readonly Page[] = [
  { page: "home", path: "/", signedIn: false },
  { page: "lesson", path: LESSON_PATH, signedIn: false },
  { page: "course outline", path: "/learn", signedIn: false },
  { page: "dashboard", path: "/dashboard", signedIn: true },
  { page: "journal", path: "/journal", signedIn: true },
];

/**
 * One Lighthouse run. A run whose trace came out broken (Lighthouse's own
 * advice for NO_NAVSTART, NO_FCP and the like is "run Lighthouse again") is
 * tried again, up to twice; any other failure stops the figure.
 */
async function audit(port: number, url: string, target: Page, cookie: string) {
  for (let attempt = 1; ; attempt++) {
    const outcome = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      ...(target.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!outcome) throw new Error(`Lighthouse returned nothing for ${target.path}`);
    const failure = outcome.lhr.runtimeError;
    if (failure) {
      if (attempt < 3 && /trace/i.test(failure.message)) {
        console.warn(`  ${target.page}: ${failure.code ?? "broken trace"}; running it again`);
        continue;
      }
      throw new Error(`Lighthouse on ${target.path}: ${failure.message}`);
    }
    // A signed-in page that redirected to sign-in would measure the wrong page.
    if (target.signedIn && new URL(outcome.lhr.finalDisplayedUrl).pathname !== target.path) {
      throw new Error(`${target.path} ended on ${outcome.lhr.finalDisplayedUrl}: not signed in?`);
    }
    return outcome.lhr;
  }
}

export async function lighthouseFigures(runs = RUNS): Promise<LighthouseFigures> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("no Chromium found (install Debian's chromium, or set CHROMIUM_PATH)");
  const database = await createBenchDatabase("sqlite", "lighthouse");
  const db = createDb(database.url);
  try {
    const [learner] = await seedLearners(db, 1, "lighthouse");
    if (!learner) throw new Error("the Lighthouse learner was not created");
    // The dashboard with cohorts, due modules and look-backs, as in figure 2.
    await seedDashboardData(db, [learner]);
    const next = await startNext("next start (Lighthouse)", database.url);
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
      ],
    });
    const forget = onCleanup("Chromium (Lighthouse)", () => chrome.kill());
    const measure = async (origin: string, target: Page): Promise<PageScores> => {
      // One plain request first: a page's first render after start-up is not what we measure.
      await fetch(`${origin}${target.path}`, {
        headers: target.signedIn ? { Cookie: learner.cookie } : {},
      }).then((response) => response.arrayBuffer());
      const results = [];
      for (let run = 0; run < runs; run++)
        results.push(await audit(chrome.port, `${origin}${target.path}`, target, learner.cookie));
      // Lighthouse's own choice of the median run (by performance score and TBT); its
      // declared type names a global namespace our tsconfig doesn't load.
      const median = (computeMedianRun as (runs: unknown[]) => LighthouseResult)(results);
      const scores = scoresOf(target.page, target.path, median, results.length);
      console.log(`  ${target.page}: performance ${scores.performance}, TBT ${scores.tbtMs} ms, CLS ${scores.cls}`);
      return scores;
    };
    try {
      const pages: PageScores[] = [];
      for (const target of PAGES) pages.push(await measure(next.url, target));
      await next.stop();
      // The framework's floor, measured last with the app's server stopped.
      const framework = await measureEmptyPage(measure);
      return { pages: [...pages, framework], targets: lighthouseTargets(pages, PHONE_PAGES, framework) };
    } finally {
      chrome.kill();
      forget();
      await next.stop();
    }
  } finally {
    await db.$disconnect();
    await database.release();
  }
}

/** Next.js's own empty page (scripts/bench/empty-next), built with the same Next.js and React. */
async function measureEmptyPage(measure: (origin: string, target: Page) => Promise<PageScores>): Promise<PageScores> {
  console.log(`  building ${FRAMEWORK_PAGE} (scripts/bench/empty-next)`);
  await buildEmptyNext();
  const server = await startEmptyNext();
  try {
    return await measure(server.url, { page: FRAMEWORK_PAGE, path: "/", signedIn: false });
  } finally {
    await server.stop();
  }
}
