// GET /api/plan-look-back?answer=<prompt id> — for module 4's <PlanLookBack>
// island: the signed-in learner's latest answer to that question of their
// plan, and the look-back set on it, if any. The lesson page is static, so
// this personal part loads afterwards; the data layer reads only the
// learner's own answers (lib/lookbacks/plan-look-back.ts).
import { z } from "zod";
import { jsonOk, jsonRoute } from "@/lib/http/json-route";
import { planLookBack } from "@/lib/lookbacks/plan-look-back";
import { REFLECTION_ID } from "@/lib/course/schemas";

const QuerySchema = z.object({
  answer: z.string().max(80).regex(REFLECTION_ID, { message: "Say which question of the plan, like plan-my-part." }),
});

export const GET = jsonRoute({
  name: "look-backs.plan",
  access: "signed-in",
  schema: QuerySchema,
  source: "query",
  signInMessage: "Sign in to schedule a look-back at your plan.",
  handler: async ({ input, user }) => jsonOk(await planLookBack(user, input.answer)),
});
