// Section 8: the signed-in pages at the same steady pace as section 7, served
// by two `next start` on the same SQLite file behind nginx, as an operator
// would run the app on a machine with two cores (decision 069). One Node.js
// process gives at most one core; the paced runs of section 7 ask for more
// than that, so their queues grow for as long as the run lasts.
import type { BenchOptions } from "../options";
import type { TwoInstancePages } from "../figures";
import { measure } from "../figures";
import { startNginx, type NginxServer } from "../servers/nginx";
import { startNext, type NextServer } from "../servers/next";
import { expectPage, pacedPage } from "./lesson";

/** A page for the paced run: where it is, who asks for it, and a text that shows it is the real page. */
export type PacedTarget = { path: string; cookies: readonly string[]; shows: string };

/**
 * Starts a second `next start` on the database `first` uses and nginx in
 * front of both, then runs each page's paced load through nginx. CPU per
 * request counts nginx and both instances.
 */
export async function pacedOnTwoInstances(
  first: NextServer,
  databaseUrl: string,
  pages: Partial<Record<keyof TwoInstancePages, PacedTarget>>,
  options: BenchOptions,
): Promise<Partial<TwoInstancePages>> {
  const second = await startNext("next start B (SQLite)", databaseUrl);
  let balancer: NginxServer | undefined;
  try {
    balancer = await startNginx("balancer-sqlite", {
      kind: "balancer",
      upstreams: [`127.0.0.1:${first.port}`, `127.0.0.1:${second.port}`],
    });
    const servers = [balancer, first, second];
    const results: Partial<TwoInstancePages> = {};
    for (const [name, page] of Object.entries(pages) as [keyof TwoInstancePages, PacedTarget][]) {
      const url = `${balancer.url}${page.path}`;
      console.log(`• ${page.path}, 2 instances behind nginx, at a steady pace`);
      results[name] = await measure(`${name}, 2 instances`, async () => {
        const cookie = page.cookies[0];
        // Each instance answers the real page at least once before the run
        // (nginx alternates), so neither starts cold.
        for (let i = 0; i < 4; i++) {
          await expectPage(url, (body) => body.includes(page.shows), page.shows, cookie ? { cookie } : {});
        }
        const paced = await pacedPage(url, `nginx → 2 × next start, ${page.path}`, options, {
          servers,
          cookies: page.cookies,
        });
        return { available: true, ...paced };
      });
    }
    return results;
  } finally {
    await balancer?.stop();
    await second.stop();
  }
}
