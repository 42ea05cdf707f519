// Work to finish when the server stops cleanly (Ctrl+C or a supervisor's
// SIGTERM): scripts/serve.ts runs these before it exits. Kept on globalThis
// because instrumentation.ts (bundled by Next.js) and scripts/serve.ts (run
// by tsx) load separate copies of this module in the same process.
type Hook = () => Promise<void>;
const registry = globalThis as unknown as { __trustCourseShutdown?: Hook[] };

export function onShutdown(hook: Hook): void {
  (registry.__trustCourseShutdown ??= []).push(hook);
}

/** Runs every hook, waiting at most `timeoutMs`; a failing hook does not stop the others. */
export async function runShutdownHooks(timeoutMs = 2000): Promise<void> {
  const hooks = registry.__trustCourseShutdown ?? [];
  registry.__trustCourseShutdown = [];
  const all = Promise.allSettled(hooks.map((hook) => hook()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
}
