// Personal invitations on a server without email: each address's link comes
// back to be shown once (only its hash is kept), and "New link" makes another.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { createCohort } from "./cohorts";
import { hashLinkToken } from "../auth/link-tokens";
import { acceptInvitation, invitationInfo, inviteByEmail, listInvitations, resendInvitation } from "./invitations";

const ORIGIN = "http://course.test:4100";

beforeAll(() => {
  delete process.env.SMTP_URL;
});

async function person(role: SessionUser["role"], name: string): Promise<SessionUser> {
  const id = `${role}-${randomUUID().slice(0, 8)}`;
  const user = { id, name, email: `${id}@example.org`, role };
  await db().user.create({ data: user });
  return user;
}

const tokenOf = (link: string | null) => link?.split("/invite/")[1] ?? "";

describe("invitations without email", () => {
  it("hands back one personal link per address, once; a new link replaces it", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const cohortId = await createCohort(priya, { name: "Team Alpha", description: "" });
    const now = new Date();
    const result = await inviteByEmail(
      priya,
      cohortId,
      { addresses: [{ line: 1, email: "ana@example.org" }], days: 3, origin: ORIGIN },
      now,
    );
    expect(result.emailOn).toBe(false);
    const [ana] = result.invited;
    expect(ana).toMatchObject({ email: "ana@example.org", emailed: false });
    expect(ana?.link).toMatch(new RegExp(`^${ORIGIN}/invite/[A-Za-z0-9_-]{43}$`));
    const row = await db().invitation.findFirstOrThrow({ where: { cohortId } });
    expect(row.tokenHash).toBe(hashLinkToken(tokenOf(ana!.link)));
    expect(row.lastSentAt).toEqual(now);
    expect((await listInvitations(priya, cohortId))[0]?.status).toBe("pending");

    const renewed = await resendInvitation(priya, cohortId, row.id, ORIGIN);
    expect(renewed.link).not.toBe(ana?.link);
    expect((await invitationInfo(tokenOf(ana!.link))).status).toBe("invalid");
    const learner = await person("learner", "Ana");
    expect(await acceptInvitation(learner, tokenOf(renewed.link))).toMatchObject({ status: "joined", cohortId });
  });
});
