// Without SMTP_URL, the instance view says email is off and the test email says why it can't go.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { RuleError } from "../errors/errors";
import { instanceSummary, sendTestEmail } from "./instance";

describe("the instance view without email", () => {
  it("says email is not set up, and the test email is refused with what to set", async () => {
    delete process.env.SMTP_URL;
    const admin: SessionUser = { id: "nomail-admin", name: "Ada", email: "ada@example.org", role: "admin" };
    await db().user.create({ data: { ...admin } });
    expect((await instanceSummary(admin)).email).toEqual({ configured: false, from: null });
    const refused = sendTestEmail(admin);
    await expect(refused).rejects.toBeInstanceOf(RuleError);
    await expect(refused).rejects.toThrow("Set SMTP_URL (and MAIL_FROM)");
  });
});
