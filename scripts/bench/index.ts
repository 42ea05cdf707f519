// `npm run bench`: builds the app into .next-bench, measures it against
// nginx and a plain Node server on this machine, prints a table and writes
// bench/results.json. A benchmark, not a test: a slow machine never fails it;
// only a build that fails or an app that will not start does.
// See docs/performance.md for what each figure means.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { installSignalHandlers, runCleanups } from "./cleanup";
import { postgresStatus } from "./databases";
import { buildApp, hasBuild } from "./build";
import { unavailable, type BenchResults } from "./figures";
import { describeMachine, type Machine } from "./machine";
import { parseOptions, UsageError, type BenchOptions, type ScenarioName } from "./options";
import { ROOT, TMP_DIR } from "./paths";
import { postgresPhase, sqlitePhase } from "./phases";
import { buildSections } from "./report";
import { initialResults, settlePending } from "./results";
import { buildTargets, renderTargets } from "./targets";
import { lighthouseFigures, type LighthouseFigures } from "./lighthouse/run";
import { renderLighthouseTargets, renderScores } from "./lighthouse/scores";
import { profileWindows, renderProfile, summarizeFolder } from "./profile";
import { frameworkWeight, measurePageWeight } from "./scenarios/page-weight";
import { buildEmptyNext } from "./servers/empty-next";
import { nginxVersion } from "./servers/nginx";
import { AppStartError } from "./servers/next";
import { renderMarkdown, renderTable } from "./table";

const SQLITE_SCENARIOS: readonly ScenarioName[] = ["lesson", "dashboard", "cohort", "journal", "autosave"];

function printMachine(machine: Machine, options: BenchOptions): void {
  console.log(`It Takes Two — bench${options.quick ? " (--quick: short runs, not for publishing)" : ""}`);
  console.log(`  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}`);
  console.log(
    `  Node ${machine.node}; nginx ${machine.nginx ?? "not installed"}; PostgreSQL ${machine.postgres ?? "n/a"}`,
  );
  console.log(`  ${machine.date}, commit ${machine.commit}\n`);
}

/** Runs one phase; the app failing to start is fatal, anything else leaves its figures unavailable. */
async function phase(name: string, results: BenchResults, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppStartError) throw error;
    const reason = `${name} stopped early: ${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}`;
    console.warn(`  ${reason}`);
    settlePending(results, reason);
  }
}

/** Where each server's CPU went during each figure (the servers have exited: their profiles are written). */
function printProfiles(folder: string): void {
  console.log("\nWhere the CPU time went (node --cpu-prof, cut to each figure's load):");
  for (const { file, label, summary } of summarizeFolder(folder, profileWindows())) {
    console.log(`${renderProfile(`${label} — ${file}`, summary, null)}\n`);
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  process.chdir(ROOT);
  installSignalHandlers();
  mkdirSync(TMP_DIR, { recursive: true });
  const pg = await postgresStatus();
  const machine = describeMachine({ nginx: nginxVersion(), postgres: "version" in pg ? pg.version : null });
  printMachine(machine, options);

  if (options.skipBuild) {
    if (!hasBuild()) throw new Error("--skip-build: there is no build in .next-bench yet; run without it once.");
    console.log("• Reusing the build in .next-bench");
  } else {
    console.log("• Building into .next-bench (npm run build)…");
    console.log(`  built in ${Math.round(await buildApp())} s`);
  }

  const { only } = options;
  const results = initialResults(only);
  // Read by servers/next.ts and servers/floor.ts when they start a server.
  const profileDir = path.join(TMP_DIR, "profiles", new Date().toISOString().replace(/[:.]/g, "-"));
  if (options.profile) {
    mkdirSync(profileDir, { recursive: true });
    process.env.BENCH_CPU_PROF_DIR = profileDir;
    console.log(`• Profiling every server: ${path.relative(ROOT, profileDir)}`);
  }
  if (only.has("weight")) {
    console.log("• Page weight");
    // The framework's floor: Next.js's empty page, built with the same versions.
    const framework = await buildEmptyNext().then(
      () => frameworkWeight(),
      (error: unknown) => {
        console.warn(
          `  Next.js's empty page did not build: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        );
        return null;
      },
    );
    results.pageWeight = measurePageWeight(framework);
  }
  if (SQLITE_SCENARIOS.some((name) => only.has(name))) {
    await phase("SQLite phase", results, () => sqlitePhase(options, results));
  }
  if (only.has("autosave") || only.has("scale")) {
    if ("missing" in pg) {
      const none = unavailable(pg.missing);
      results.autosave.postgresql = none;
      results.scale = { ...results.scale, lessonOne: none, lessonTwo: none, autosaveOne: none, autosaveTwo: none };
    } else {
      await phase("PostgreSQL phase", results, () => postgresPhase(options, results));
    }
  }
  let lighthouse: LighthouseFigures | { unavailable: string } | null = null;
  if (only.has("lighthouse")) {
    console.log(`• Lighthouse: mobile defaults, ${options.lighthouseRuns} run(s) per page, the median kept`);
    try {
      lighthouse = await lighthouseFigures(options.lighthouseRuns);
    } catch (error) {
      if (error instanceof AppStartError) throw error;
      const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      console.warn(`  Lighthouse stopped early: ${reason}`);
      lighthouse = { unavailable: reason };
    }
  }
  settlePending(results, "not measured");
  if (options.profile) printProfiles(profileDir);

  const sections = buildSections(results);
  const targets = buildTargets(results);
  console.log(`\n${renderTable(sections)}\n\nTargets:\n${renderTargets(targets)}\n`);
  if (lighthouse && "pages" in lighthouse) {
    console.log(`Lighthouse (mobile, median of ${options.lighthouseRuns}):\n${renderScores(lighthouse.pages)}\n`);
    console.log(`Lighthouse targets:\n${renderLighthouseTargets(lighthouse.targets)}\n`);
  } else if (lighthouse) {
    console.log(`Lighthouse: not measured (${lighthouse.unavailable})\n`);
  }
  const file = path.join(ROOT, options.resultsFile);
  mkdirSync(path.dirname(file), { recursive: true });
  const report = { machine, options: { ...options, only: [...options.only] }, results, targets, lighthouse };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  // The same table as Markdown, for pasting into docs/performance.md.
  writeFileSync(path.join(TMP_DIR, "table.md"), `${renderMarkdown(sections)}\n`);
  console.log(`Wrote ${options.resultsFile} (and bench/tmp/table.md).`);
  return 0;
}

void main()
  .catch((error: unknown) => {
    if (error instanceof UsageError) console.error(error.message);
    else console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return error instanceof UsageError ? 2 : 1;
  })
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  });
