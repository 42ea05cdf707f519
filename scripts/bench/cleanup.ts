// Everything the bench starts or creates registers how to undo it here, so a
// normal end, an error and Ctrl+C all leave no servers, nginx or temporary
// databases behind. Process groups are signalled synchronously first (the
// part that must happen even if the rest of the clean-up is cut short).

type Task = { name: string; kill?: () => void; run: () => Promise<void> | void };

const tasks: Task[] = [];
const TASK_TIMEOUT_MS = 10_000;

/** Registers an undo step; returns a function that removes it (after a normal stop). */
export function onCleanup(name: string, run: () => Promise<void> | void, kill?: () => void): () => void {
  const task: Task = { name, run, kill };
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index >= 0) tasks.splice(index, 1);
  };
}

/** Sends `signal` to a whole process group; quiet when it is already gone. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = "SIGTERM"): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already exited.
  }
}

function withTimeout(work: Promise<void>, ms: number, name: string): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      console.warn(`  clean-up of ${name} took over ${ms / 1000} s; moving on`);
      resolve();
    }, ms);
    work
      .catch((error: unknown) => console.warn(`  clean-up of ${name} failed: ${String(error)}`))
      .finally(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

/** Undoes everything still registered, newest first. */
export async function runCleanups(): Promise<void> {
  const pending = tasks.splice(0).reverse();
  for (const task of pending) task.kill?.();
  for (const task of pending) {
    await withTimeout(Promise.resolve().then(task.run), TASK_TIMEOUT_MS, task.name);
  }
}

let installed = false;

/** Ctrl+C (and kill/hang-up) cleans up, then exits with the conventional code. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`\nbench: ${signal} received, cleaning up…`);
    void runCleanups().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  process.on("SIGHUP", handler);
}
