import { z } from "zod";
import { RoleSchema } from "@/lib/auth/roles";

export const ChangeRoleSchema = z.object({
  userId: z.string().trim().min(1, { message: "Choose an account." }).max(100),
  role: RoleSchema,
});
export type ChangeRole = z.infer<typeof ChangeRoleSchema>;

export const SetDisabledSchema = z.object({
  userId: z.string().trim().min(1, { message: "Choose an account." }).max(100),
  disabled: z.enum(["true", "false"], { message: "Say whether to disable or enable." }).transform((v) => v === "true"),
});

export const MakeResetLinkSchema = z.object({
  userId: z.string().trim().min(1, { message: "Choose an account." }).max(100),
});
export type MakeResetLink = z.infer<typeof MakeResetLinkSchema>;
