import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { ForbiddenError, NotFoundError, RuleError } from "../errors/errors";
import { ACCOUNTS_PER_PAGE, changeRole, countAccounts, listAccounts, setDisabled } from "./accounts";

async function person(id: string, role: SessionUser["role"]): Promise<SessionUser> {
  await db().user.create({ data: { id, name: id, email: `${id}@example.org`, role } });
  return { id, name: id, email: `${id}@example.org`, role };
}

describe("account administration", () => {
  it("is refused to learners and facilitators in the data layer", async () => {
    const learner = await person("learner-a", "learner");
    const facilitator = await person("facilitator-a", "facilitator");
    await expect(listAccounts(learner)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeRole(facilitator, learner.id, "admin")).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().user.findUnique({ where: { id: learner.id } }))?.role).toBe("learner");
  });

  it("lets an admin list accounts and change a role, but not demote themself", async () => {
    const admin = await person("admin-a", "admin");
    const learner = await person("learner-b", "learner");
    await db().user.update({ where: { id: learner.id }, data: { createdAt: new Date(Date.now() + 60_000) } });
    // listAccounts now returns one page of rows with its counts (search and paging on the admin page).
    const { rows } = await listAccounts(admin);
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(["admin-a", "learner-b"]));
    // Newest first: the account just made comes before the admin made a moment earlier.
    expect(rows.findIndex((r) => r.id === "learner-b")).toBeLessThan(rows.findIndex((r) => r.id === "admin-a"));
    expect(await countAccounts(admin)).toBe(await db().user.count());
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      "createdAt",
      "disabled",
      "email",
      "facilitates",
      "id",
      "memberOf",
      "name",
      "role",
    ]);

    expect(await changeRole(admin, learner.id, "facilitator")).toEqual({ name: "learner-b" });
    expect((await db().user.findUnique({ where: { id: learner.id } }))?.role).toBe("facilitator");

    await expect(changeRole(admin, admin.id, "learner")).rejects.toBeInstanceOf(RuleError);
    expect((await db().user.findUnique({ where: { id: admin.id } }))?.role).toBe("admin");
    await expect(changeRole(admin, "missing", "learner")).rejects.toThrow(
      new NotFoundError("That account no longer exists."),
    );
  });

  it("disables an account (ending its sessions, keeping its data) and enables it again", async () => {
    const admin = await person("admin-b", "admin");
    const learner = await person("learner-c", "learner");
    await db().session.create({
      data: { id: "s1", token: "t1", userId: learner.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    await expect(setDisabled(learner, admin.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await setDisabled(admin, learner.id, true)).toEqual({ name: "learner-c" });
    expect((await db().user.findUnique({ where: { id: learner.id } }))?.disabledAt).not.toBeNull();
    expect(await db().session.count({ where: { userId: learner.id } })).toBe(0);
    await expect(setDisabled(admin, admin.id, true)).rejects.toBeInstanceOf(RuleError);
    await setDisabled(admin, learner.id, false);
    expect((await db().user.findUnique({ where: { id: learner.id } }))?.disabledAt).toBeNull();
  });

  it("finds accounts by words of the name or email, whatever their case, and pages through them", async () => {
    const admin = await person("admin-search", "admin");
    const start = Date.now();
    for (let i = 0; i < ACCOUNTS_PER_PAGE + 3; i++) {
      await db().user.create({
        data: {
          id: `many-${i}`,
          name: `Many Person ${i}`,
          email: `many.${i}@crowd.example`,
          createdAt: new Date(start + i * 1000),
        },
      });
    }
    await db().user.create({ data: { id: "ana", name: "Ana Lima", email: "ana.lima@shop.example" } });

    const found = await listAccounts(admin, { q: "ana LIMA" });
    expect(found.rows.map((r) => r.id)).toEqual(["ana"]);
    expect(found.matching).toBe(1);
    expect((await listAccounts(admin, { q: "shop.example" })).rows.map((r) => r.id)).toEqual(["ana"]);
    // Every word must match: "ana" alone would, "ana crowd" matches nobody.
    expect((await listAccounts(admin, { q: "ana crowd" })).matching).toBe(0);
    // LIKE's wildcards are not wildcards here.
    expect((await listAccounts(admin, { q: "%" })).matching).toBe(await db().user.count());
    await db().user.create({ data: { id: "under", name: "Ken Sato", email: "ken_sato@shop.example" } });
    expect((await listAccounts(admin, { q: "ken_sato@shop" })).rows.map((r) => r.id)).toEqual(["under"]);

    const first = await listAccounts(admin, { q: "crowd" });
    expect(first.matching).toBe(ACCOUNTS_PER_PAGE + 3);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(ACCOUNTS_PER_PAGE);
    expect(first.rows[0]?.id).toBe(`many-${ACCOUNTS_PER_PAGE + 2}`);
    const second = await listAccounts(admin, { q: "crowd", page: 2 });
    expect(second.rows.map((r) => r.id)).toEqual(["many-2", "many-1", "many-0"]);
    // A page past the end shows the last one.
    expect((await listAccounts(admin, { q: "crowd", page: 99 })).page).toBe(2);
  });
});
