// Learners saving reflections continuously from Node, the way the editor does:
// each save names the version it started from, and a save whose outcome is
// unknown (connection error, 5xx) is sent again unchanged until the server
// acknowledges it. Every acknowledged (200) save is recorded, so a test can
// compare what the server promised with what the database holds.
import { randomUUID } from "node:crypto";

export const PROMPT_ID = "whats-your-part";
export const LESSON_KEY = "check-yourself-first/whats-your-part";
export const LESSON_PATH = `/learn/${LESSON_KEY}`;
export const PROMPT_TEXT = "What's your part?";

export type SavedEntry = { id: string; body: string; version: number; updatedAt: string };

export type SaveAttempt =
  | { kind: "saved"; entry: SavedEntry }
  | { kind: "status"; status: number; text: string }
  | { kind: "network"; message: string };

/** One PUT /api/reflections/<id>; never throws. */
export async function putReflection(
  baseUrl: string,
  cookie: string,
  id: string,
  body: string,
  baseVersion: number,
  timeoutMs = 15_000,
): Promise<SaveAttempt> {
  try {
    const response = await fetch(`${baseUrl}/api/reflections/${id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Cookie: cookie },
      body: JSON.stringify({ promptId: PROMPT_ID, lessonKey: LESSON_KEY, promptText: PROMPT_TEXT, body, baseVersion }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (response.status === 200) {
      const payload = JSON.parse(text) as { status?: string; entry?: SavedEntry };
      if (payload.status === "saved" && payload.entry) return { kind: "saved", entry: payload.entry };
    }
    return { kind: "status", status: response.status, text: text.slice(0, 500) };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { kind: "network", message: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}

export type Ack = {
  version: number;
  body: string;
  phase: string;
  /** Requests it took (more than one: it was retried after an error or a lost answer). */
  attempts: number;
  /** When the server says it stored this text (an earlier time than the answer: it landed before a crash). */
  storedAt: number;
};
export type EntryLog = { id: string; learnerId: string; sent: string[]; acks: Ack[] };
export type Learner = { id: string; cookie: string };

export type LoadStats = {
  requests: number;
  saved: number;
  network: number;
  byStatus: Record<string, number>;
  /** Answers that should never happen here (4xx, 500, a 200 with another body). */
  unexpected: string[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SaveLoad {
  /** Requests sent and not yet answered. */
  inFlight = 0;
  /** A label stored with each acknowledgement ("before-kill", "after-restart", …). */
  phase = "start";
  readonly entries = new Map<string, EntryLog>();
  readonly stats: LoadStats = { requests: 0, saved: 0, network: 0, byStatus: {}, unexpected: [] };
  private stopping = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly options: {
      url: string;
      learners: Learner[];
      /** Start a new entry after this many saves of one entry (exercises creates as well as updates). */
      savesPerEntry: number;
      /** Upper bound on saves per learner, so the load stays bounded whatever the machine's speed. */
      maxSavesPerLearner: number;
      /** Absolute time (ms) after which an unacknowledged save fails the run. */
      deadline: number;
    },
  ) {}

  /** Why learners stopped early (a 4xx, a missed deadline); the run is then over for everyone. */
  readonly failures: string[] = [];

  start(): void {
    this.loops = this.options.learners.map((learner, index) =>
      // Never a rejected promise: a test that aborts does not await the loops.
      this.run(learner, index).catch((error: unknown) => {
        this.failures.push(error instanceof Error ? error.message : String(error));
        this.stopping = true;
      }),
    );
  }

  /** Throws as soon as a learner has failed, so a test waiting on progress stops waiting. */
  throwIfFailed(): void {
    if (this.failures.length > 0) throw new Error(`the load failed:\n${this.failures.join("\n")}`);
  }

  acks(phase?: string): number {
    let count = 0;
    for (const entry of this.entries.values())
      count += entry.acks.filter((a) => phase === undefined || a.phase === phase).length;
    return count;
  }

  /** Lets every learner finish the save it is on (retrying until acknowledged), then stops. */
  async finish(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
    this.throwIfFailed();
  }

  /** Stops at once (cleanup after a failure); saves in flight are abandoned. */
  abort(): void {
    this.stopping = true;
    this.options.deadline = 0;
  }

  private async run(learner: Learner, index: number): Promise<void> {
    let entry: EntryLog | undefined;
    let baseVersion = 0;
    for (let n = 0; n < this.options.maxSavesPerLearner && !this.stopping; n += 1) {
      if (!entry || n % this.options.savesPerEntry === 0) {
        entry = { id: randomUUID(), learnerId: learner.id, sent: [], acks: [] };
        this.entries.set(entry.id, entry);
        baseVersion = 0;
      }
      const body = `Learner ${index}, save ${n}: ${randomUUID()}`;
      entry.sent.push(body);
      const { saved, attempts } = await this.saveUntilAcknowledged(learner, entry.id, body, baseVersion);
      entry.acks.push({
        version: saved.version,
        body: saved.body,
        phase: this.phase,
        attempts,
        storedAt: Date.parse(saved.updatedAt),
      });
      baseVersion = saved.version;
      // A short, random pause: at most ~60 saves a second per learner.
      await sleep(5 + Math.random() * 10);
    }
  }

  private async saveUntilAcknowledged(
    learner: Learner,
    id: string,
    body: string,
    baseVersion: number,
  ): Promise<{ saved: SavedEntry; attempts: number }> {
    for (let attempt = 1; ; attempt += 1) {
      if (Date.now() > this.options.deadline) {
        throw new Error(`entry ${id}: "${body}" was not acknowledged before the deadline (${attempt - 1} attempts)`);
      }
      this.inFlight += 1;
      this.stats.requests += 1;
      const result = await putReflection(this.options.url, learner.cookie, id, body, baseVersion).finally(() => {
        this.inFlight -= 1;
      });
      if (result.kind === "saved") {
        this.stats.saved += 1;
        if (result.entry.id !== id || result.entry.body !== body) {
          this.stats.unexpected.push(`200 for ${id} with another entry: ${JSON.stringify(result.entry)}`);
          throw new Error(`entry ${id}: the server acknowledged another text`);
        }
        return { saved: result.entry, attempts: attempt };
      }
      if (result.kind === "network") {
        // The server is down or was killed with this request in flight.
        this.stats.network += 1;
      } else {
        const key = String(result.status);
        this.stats.byStatus[key] = (this.stats.byStatus[key] ?? 0) + 1;
        if (result.status !== 503) this.stats.unexpected.push(`${result.status} for ${id}: ${result.text}`);
        // 4xx (a conflict, a lost session…) will not get better by retrying.
        if (result.status < 500) throw new Error(`entry ${id}: ${result.status} ${result.text}`);
      }
      await sleep(Math.min(100 * attempt, 500));
    }
  }
}
