// Where the bench builds, writes and signs: one place for the constants every
// module agrees on.
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The bench's own build folder, so it never overwrites another engineer's `.next`. */
export const BENCH_DIST_DIR = ".next-bench";
export const BUILD_DIR = path.join(ROOT, BENCH_DIST_DIR);

/** Git-ignored scratch space: nginx configs, caches, logs, copies of pages. */
export const TMP_DIR = path.join(ROOT, "bench", "tmp");

/** Signs the session cookies of the simulated learners; never used outside the bench. */
export const BENCH_AUTH_SECRET = "bench-only-secret-that-is-long-enough-0123456789";

/** The lesson every page figure uses: the course's central question. */
export const LESSON_PATH = "/learn/check-yourself-first/whats-your-part";
export const LESSON_KEY = "check-yourself-first/whats-your-part";
