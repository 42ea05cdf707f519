"use server";
// Personal invitations by email, on a cohort's Invitations tab. The data
// layer checks that the caller facilitates the cohort and keeps every write
// to its invitations; its refusals come back as the form's error.
import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { problemSentence } from "@/lib/cohorts/invitation-addresses";
import { inviteByEmail, resendInvitation, revokeInvitation } from "@/lib/cohorts/invitations";
import { plural } from "../../../_lib/format";
import { appOrigin } from "../../../_lib/origin";
import { InvitationIdSchema, InviteByEmailSchema } from "./schemas";

function refresh(): void {
  revalidatePath("/facilitator", "layout");
}

export const inviteByEmailAction = formAction({
  name: "facilitator.invite-by-email",
  schema: InviteByEmailSchema,
  access: "facilitator",
  handler: async ({ cohortId, addresses, days }, { user }): Promise<FormState> => {
    const result = await inviteByEmail(user, cohortId, {
      addresses: addresses.addresses,
      days,
      origin: await appOrigin(),
    });
    refresh();
    const problems = [...addresses.problems, ...result.problems].sort((a, b) => a.line - b.line);
    const links = result.invited.flatMap((i) => (i.link ? [{ label: i.email, link: i.link }] : []));
    const count = result.invited.length;
    const done =
      count === 0
        ? ""
        : result.emailOn
          ? `${plural(count, "invitation")} sent by email. `
          : `${plural(count, "invitation")} made: copy each link below and send it to that person. The links are shown only now. `;
    const failed =
      result.failed.length === 0
        ? ""
        : `The email to ${result.failed.map((f) => f.email).join(", ")} didn’t go: use Resend in the list below. `;
    if (problems.length === 0) {
      return { status: "success", message: `${done}${failed}`.trim(), links };
    }
    // The lines to fix stay in the box; the ones that went are taken out.
    const lines = [...new Set(problems.map((p) => p.line))].map((line) => entriesOf(line, problems));
    const left =
      count > 0 || result.failed.length > 0 ? " They are left in the box to fix; the others are out of it." : "";
    return {
      status: "error",
      message: `${done}${failed}${plural(problems.length, "entry", "entries")} couldn’t be invited: each is listed below with why.${left}`,
      fieldErrors: { addresses: problems.map(problemSentence) },
      values: { cohortId, days: String(days), addresses: lines.join("\n") },
      links,
    };
  },
});

/** What to leave in the box of a line with problems: its entries that couldn't be invited. */
function entriesOf(line: number, problems: { line: number; raw: string }[]): string {
  return problems
    .filter((p) => p.line === line)
    .map((p) => p.raw)
    .join(", ");
}

export const resendInvitationAction = formAction({
  name: "facilitator.resend-invitation",
  schema: InvitationIdSchema,
  access: "facilitator",
  handler: async ({ cohortId, invitationId }, { user }): Promise<FormState> => {
    const sent = await resendInvitation(user, cohortId, invitationId, await appOrigin());
    refresh();
    if (sent.link) {
      return {
        status: "success",
        message: `A new link for ${sent.email} is ready; the old one no longer works. Copy it now: it is shown only once.`,
        links: [{ label: sent.email, link: sent.link }],
      };
    }
    if (!sent.emailed) {
      return { status: "error", message: `The email to ${sent.email} didn’t go. Please try again in a moment.` };
    }
    return { status: "success", message: `A new invitation went to ${sent.email}; the old link no longer works.` };
  },
});

export const revokeInvitationAction = formAction({
  name: "facilitator.revoke-invitation",
  schema: InvitationIdSchema,
  access: "facilitator",
  handler: async ({ cohortId, invitationId }, { user }): Promise<FormState> => {
    // Whether or not it was still open, the list redraws.
    refresh();
    const email = await revokeInvitation(user, cohortId, invitationId);
    return { status: "success", message: `The invitation to ${email} is withdrawn: its link no longer works.` };
  },
});
