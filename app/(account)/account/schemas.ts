// Inputs of the account page's own forms, shared by the forms and their actions.
import { z } from "zod";
import { TimeZoneSchema } from "@/lib/time/zones";

export const SetTimeZoneSchema = z.object({ timeZone: TimeZoneSchema });
export type SetTimeZone = z.infer<typeof SetTimeZoneSchema>;
