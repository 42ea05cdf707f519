import { z } from "zod";

export const JoinCohortSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, { message: "The invite code is missing." })
    .max(40, { message: "That invite code is too long." }),
});

export const CohortIdSchema = z.object({ cohortId: z.string().trim().min(1).max(60) });

export const NudgeIdSchema = z.object({ nudgeId: z.string().trim().min(1).max(60) });
