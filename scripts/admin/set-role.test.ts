import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { setRoleByEmail } from "./set-role";

async function makeUser(email: string) {
  await db().user.create({ data: { id: email, name: "Dana Levi", email } });
}

describe("setRoleByEmail", () => {
  it("changes the role of the account with that email", async () => {
    await makeUser("dana@example.org");
    const result = await setRoleByEmail(db(), { email: " Dana@Example.org ", role: "facilitator" });
    expect(result).toEqual({
      ok: true,
      name: "Dana Levi",
      email: "dana@example.org",
      from: "learner",
      to: "facilitator",
    });
    expect((await db().user.findUnique({ where: { email: "dana@example.org" } }))?.role).toBe("facilitator");
  });

  it("explains an unknown role or email and changes nothing", async () => {
    await makeUser("eli@example.org");
    expect(await setRoleByEmail(db(), { email: "eli@example.org", role: "owner" })).toEqual({
      ok: false,
      message: "Role must be one of: learner, facilitator, admin",
    });
    expect(await setRoleByEmail(db(), { email: "ghost@example.org", role: "admin" })).toEqual({
      ok: false,
      message: "No account uses ghost@example.org.",
    });
    expect((await db().user.findUnique({ where: { email: "eli@example.org" } }))?.role).toBe("learner");
  });
});
