import { z } from "zod";

export const JoinCohortSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, { message: "The invite code is missing." })
    .max(40, { message: "That invite code is too long." }),
});

// A personal invitation's token (lib/cohorts/invitations.ts checks its shape).
export const AcceptInvitationSchema = z.object({
  token: z
    .string()
    .trim()
    .min(1, { message: "The invitation link is missing its code." })
    .max(100, { message: "That invitation link is too long." }),
});

export const CohortIdSchema = z.object({ cohortId: z.string().trim().min(1).max(60) });

export const NudgeIdSchema = z.object({ nudgeId: z.string().trim().min(1).max(60) });
