// Simulated learners typing into one reflection each and autosaving about
// once a second. autocannon cannot carry each connection's entry version from
// one answer to the next request, so this is our own paced loop (./paced.ts):
// each learner waits for the answer to a save before sending the next one (as
// the editor island does), sends the version it was last told, and remembers
// what was acknowledged so the database can be checked afterwards.
import type { AckRecord } from "../verify-saves";
import { keepAliveAgent, timedRequest } from "./http";
import { pace } from "./paced";

export type AutosaveLearner = {
  cookie: string;
  entryId: string;
  promptId: string;
  lessonKey: string;
  promptText: string;
};

export type AutosaveOutcome = {
  attempted: number;
  saved: number;
  conflicts: number;
  /** Requests that got no HTTP answer (refused, reset, timed out). */
  failures: number;
  statuses: Record<string, number>;
  latencies: number[];
  records: AckRecord[];
  elapsedS: number;
};

const FILLER =
  "When I look at the whole history rather than the last meeting, I can see that I stopped sharing drafts early " +
  "and then felt ambushed by the feedback. I told myself they were territorial; it is just as true that I made it " +
  "hard for them to help. ";

/** A body that differs on every save, so every acknowledged save bumps the version. */
export function saveBody(learner: number, save: number): string {
  return `Learner ${learner}, save ${save}. ${FILLER.repeat(2)}`;
}

type SaveAnswer = { status: string; entry: { version: number } };

function parseAnswer(text: string): SaveAnswer | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || !("entry" in value) || !("status" in value)) return null;
    const { entry, status } = value;
    if (typeof status !== "string" || typeof entry !== "object" || entry === null || !("version" in entry)) return null;
    return typeof entry.version === "number" ? { status, entry: { version: entry.version } } : null;
  } catch {
    return null;
  }
}

export async function runAutosave(
  baseUrl: string,
  learners: readonly AutosaveLearner[],
  options: { durationS: number; intervalS: number; timeoutMs?: number },
): Promise<AutosaveOutcome> {
  const agent = keepAliveAgent();
  const outcome: AutosaveOutcome = {
    attempted: 0,
    saved: 0,
    conflicts: 0,
    failures: 0,
    statuses: {},
    latencies: [],
    records: [],
    elapsedS: 0,
  };
  const state = learners.map((learner) => {
    const record: AckRecord = { entryId: learner.entryId, acks: 0, last: null };
    outcome.records.push(record);
    return { learner, record, baseVersion: 0, save: 0 };
  });
  outcome.elapsedS = await pace(learners.length, options, async (index) => {
    const learnerState = state[index];
    if (!learnerState) return;
    const { learner, record } = learnerState;
    learnerState.save += 1;
    const body = saveBody(index, learnerState.save);
    outcome.attempted += 1;
    try {
      const answer = await timedRequest(agent, `${baseUrl}/api/reflections/${learner.entryId}`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: learner.cookie },
        body: JSON.stringify({
          promptId: learner.promptId,
          lessonKey: learner.lessonKey,
          promptText: learner.promptText,
          body,
          baseVersion: learnerState.baseVersion,
        }),
        timeoutMs: options.timeoutMs ?? 10_000,
      });
      outcome.latencies.push(answer.ms);
      outcome.statuses[answer.status] = (outcome.statuses[answer.status] ?? 0) + 1;
      const parsed = parseAnswer(answer.body);
      if (answer.status === 200 && parsed?.status === "saved") {
        outcome.saved += 1;
        record.acks += 1;
        record.last = { version: parsed.entry.version, body };
        learnerState.baseVersion = parsed.entry.version;
      } else if (answer.status === 409 && parsed) {
        // Continue from the stored version, as the editor does after showing the conflict.
        outcome.conflicts += 1;
        learnerState.baseVersion = parsed.entry.version;
      }
    } catch {
      outcome.failures += 1;
      outcome.statuses.network = (outcome.statuses.network ?? 0) + 1;
    }
  });
  agent.destroy();
  return outcome;
}
