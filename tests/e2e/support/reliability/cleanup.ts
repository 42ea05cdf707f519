// Undo steps registered as resources are made (servers, databases, clusters)
// and run in reverse order in a `finally`, so a test that fails halfway still
// stops what it started. Every step runs even if an earlier one throws.
export class Cleanup {
  private steps: { label: string; run: () => unknown }[] = [];

  add(label: string, run: () => unknown): void {
    this.steps.push({ label, run });
  }

  async run(): Promise<void> {
    const errors: string[] = [];
    for (const step of this.steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        errors.push(`${step.label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.steps = [];
    if (errors.length > 0) throw new Error(`cleanup failed:\n${errors.join("\n")}`);
  }
}

/** Runs `work`, then the cleanup; a cleanup failure never hides the test's own error. */
export async function withCleanup<T>(work: (cleanup: Cleanup) => Promise<T>): Promise<T> {
  const cleanup = new Cleanup();
  let result: T;
  try {
    result = await work(cleanup);
  } catch (error) {
    await cleanup.run().catch((cleanupError: unknown) => console.error(String(cleanupError)));
    throw error;
  }
  await cleanup.run();
  return result;
}
