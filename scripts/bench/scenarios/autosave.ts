// Figure 3 (and the autosave half of 6): learners autosaving once a second,
// then the database checked against every acknowledged save.
import { randomUUID } from "node:crypto";
import type { Db } from "../../../lib/db/client";
import { getPrompts } from "../../../lib/course/prompts";
import type { AutosaveRun, Maybe } from "../figures";
import { runAutosave, saveBody, type AutosaveLearner } from "../load/autosave";
import { cpuMeter } from "../load/cpu";
import { keepAliveAgent, timedRequest } from "../load/http";
import type { BenchOptions } from "../options";
import { LESSON_KEY } from "../paths";
import type { SeededLearner } from "../seed/learners";
import type { Managed } from "../servers/process";
import { summarize } from "../stats";
import { verifySaves, type StoredEntry } from "../verify-saves";

const PROMPT_ID = "whats-your-part";

function promptFields(): Pick<AutosaveLearner, "promptId" | "lessonKey" | "promptText"> {
  const prompt = getPrompts().get(PROMPT_ID);
  if (!prompt || prompt.lesson.key !== LESSON_KEY) {
    throw new Error(`prompt "${PROMPT_ID}" is no longer in ${LESSON_KEY}; update scripts/bench/paths.ts`);
  }
  return { promptId: prompt.id, lessonKey: prompt.lesson.key, promptText: prompt.prompt };
}

/** A few saves on a spare entry, so the route's code is loaded before timing starts. */
async function warmUp(baseUrls: readonly string[], learner: SeededLearner): Promise<void> {
  const fields = promptFields();
  const agent = keepAliveAgent();
  try {
    for (const baseUrl of baseUrls) {
      const entryId = randomUUID();
      let baseVersion = 0;
      for (let save = 1; save <= 5; save++) {
        const answer = await timedRequest(agent, `${baseUrl}/api/reflections/${entryId}`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie: learner.cookie },
          body: JSON.stringify({ ...fields, body: saveBody(-1, save), baseVersion }),
          timeoutMs: 30_000,
        });
        if (answer.status !== 200) throw new Error(`a warm-up save answered ${answer.status}: ${answer.body}`);
        baseVersion += 1;
      }
    }
  } finally {
    agent.destroy();
  }
}

/** Where the saves go: `url` (nginx when `via` is set), and the app servers behind it. */
export type AutosaveTarget = {
  target: string;
  url: string;
  servers: readonly (Managed & { url: string })[];
  via?: Managed;
};

export async function autosaveFigure(
  { target, url, servers, via }: AutosaveTarget,
  learners: readonly SeededLearner[],
  db: Db,
  options: BenchOptions,
): Promise<Maybe<AutosaveRun>> {
  console.log(`• Autosave, ${learners.length} learners × ${options.autosaveS} s: ${target}`);
  const first = learners[0];
  if (!first) throw new Error("no learners were seeded");
  // Warm every instance directly, so none starts cold behind the balancer.
  await warmUp(
    servers.map((s) => s.url),
    first,
  );
  const fields = promptFields();
  const simulated: AutosaveLearner[] = learners.map((l) => ({ cookie: l.cookie, entryId: randomUUID(), ...fields }));
  const cpu = cpuMeter([...servers, ...(via ? [via] : [])].map((s) => s.pid));
  const outcome = await runAutosave(url, simulated, {
    durationS: options.autosaveS,
    intervalS: options.saveIntervalS,
    // The editor's fetch has no time limit; 30 s keeps the run bounded without cutting slow saves short.
    timeoutMs: 30_000,
  });
  const cpuMsPerRequest = cpu(outcome.latencies.length);
  const rows = await db.reflection.findMany({
    where: { id: { in: simulated.map((l) => l.entryId) } },
    select: { id: true, version: true, body: true },
  });
  const stored = new Map<string, StoredEntry>(rows.map((row) => [row.id, row]));
  const okStatuses = Object.entries(outcome.statuses)
    .filter(([status]) => /^2\d\d$/.test(status))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    available: true,
    target,
    learners: learners.length,
    durationS: outcome.elapsedS,
    offeredPerS: learners.length / options.saveIntervalS,
    attempted: outcome.attempted,
    saved: outcome.saved,
    savesPerS: outcome.saved / outcome.elapsedS,
    latency: summarize(outcome.latencies),
    errors: outcome.attempted - okStatuses,
    conflicts: outcome.conflicts,
    statuses: outcome.statuses,
    cpuMsPerRequest,
    verification: verifySaves(outcome.records, stored),
  };
}
