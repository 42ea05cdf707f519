// An answer to "What's your part?", written straight into the worker's
// database at a given moment: for browser tests that start from what a
// learner wrote earlier.
import { randomUUID } from "node:crypto";
import type { Db } from "../../../lib/db/client";

export async function writeAnswer(db: Db, userId: string, body: string, at = new Date()): Promise<string> {
  const id = randomUUID();
  await db.reflection.create({
    data: {
      id,
      userId,
      promptId: "whats-your-part",
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "What's your part?",
      body,
      createdAt: at,
      updatedAt: at,
    },
  });
  return id;
}
