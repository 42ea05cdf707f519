// Changing a role from the command line (`npm run user:role -- <email> <role>`).
// Not server-only: the script runs outside Next.js.
import { z } from "zod";
import type { Db } from "../../lib/db/client";
import { RoleSchema, type Role } from "../../lib/auth/roles";

export const SetRoleSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "That is not an email address." })),
  role: RoleSchema,
});

export type SetRoleResult =
  { ok: true; name: string; email: string; from: Role; to: Role } | { ok: false; message: string };

export async function setRoleByEmail(db: Db, input: { email: unknown; role: unknown }): Promise<SetRoleResult> {
  const parsed = SetRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join(" ") };
  const { email, role } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, role: true } });
  if (!user) return { ok: false, message: `No account uses ${email}.` };
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { ok: true, name: user.name, email, from: user.role, to: role };
}
