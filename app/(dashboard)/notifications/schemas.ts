import { z } from "zod";

export const NotificationIdSchema = z.object({ id: z.string().trim().min(1).max(60) });

export const MarkAllReadSchema = z.object({});
