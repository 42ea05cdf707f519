import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { changeRole, listAccounts, NotAllowedError } from "./accounts";

async function person(id: string, role: SessionUser["role"]): Promise<SessionUser> {
  await db().user.create({ data: { id, name: id, email: `${id}@example.org`, role } });
  return { id, name: id, email: `${id}@example.org`, role };
}

describe("account administration", () => {
  it("is refused to learners and facilitators in the data layer", async () => {
    const learner = await person("learner-a", "learner");
    const facilitator = await person("facilitator-a", "facilitator");
    await expect(listAccounts(learner)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(changeRole(facilitator, learner.id, "admin")).rejects.toBeInstanceOf(NotAllowedError);
    expect((await db().user.findUnique({ where: { id: learner.id } }))?.role).toBe("learner");
  });

  it("lets an admin list accounts and change a role, but not demote themself", async () => {
    const admin = await person("admin-a", "admin");
    const learner = await person("learner-b", "learner");
    const rows = await listAccounts(admin);
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(["admin-a", "learner-b"]));
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(["createdAt", "disabled", "email", "id", "name", "role"]);

    expect(await changeRole(admin, learner.id, "facilitator")).toEqual({ ok: true, name: "learner-b" });
    expect((await db().user.findUnique({ where: { id: learner.id } }))?.role).toBe("facilitator");

    expect((await changeRole(admin, admin.id, "learner")).ok).toBe(false);
    expect((await db().user.findUnique({ where: { id: admin.id } }))?.role).toBe("admin");
    expect(await changeRole(admin, "missing", "learner")).toEqual({
      ok: false,
      message: "That account no longer exists.",
    });
  });
});
