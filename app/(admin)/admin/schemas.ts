import { z } from "zod";
import { RoleSchema } from "@/lib/auth/roles";
import { ACCOUNT_SEARCH_MAX_CHARS } from "@/lib/admin/accounts";

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

/** The test email goes to the admin's own address: the form sends nothing else. */
export const SendTestEmailSchema = z.object({});

const first = (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value);

/**
 * The accounts list's search and page, read from the address (a GET form) so
 * a search can be bookmarked. Anything unexpected falls back to the default:
 * this is navigation, not input to save.
 */
export const AdminAccountsQuerySchema = z.object({
  q: z
    .preprocess(first, z.string())
    .catch("")
    .transform((q) => q.trim().slice(0, ACCOUNT_SEARCH_MAX_CHARS).trim()),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});
export type AdminAccountsQuery = z.infer<typeof AdminAccountsQuerySchema>;
