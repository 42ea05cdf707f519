// Every server action, who may call it (checked by the formAction/action
// wrapper), and the data-layer test that proves the data function refuses
// everyone else (learner A, learner B, the cohort's facilitator, another
// facilitator, an admin). The typecheck fails when an exported action is
// missing here or one listed no longer exists (ActionName comes from the
// modules themselves); actions-registry.test.ts checks the access each
// wrapper declares, and that every actions file is in ./action-modules.ts.
import type { Access } from "../../lib/actions/core";
import type { ActionName } from "./action-modules";

export type ActionEntry = {
  access: Access;
  scopedBy: string;
  provenIn: string;
};

export const ACTIONS: Record<string, ActionEntry> = {
  signIn: { access: "public", scopedBy: "rate limit per email and address", provenIn: "tests/e2e/auth.spec.ts" },
  signUp: {
    access: "public",
    scopedBy: "role cannot be set at sign-up; limit per network address",
    provenIn: "tests/e2e/auth.spec.ts",
  },
  signOut: { access: "public", scopedBy: "own session cookie only", provenIn: "tests/e2e/auth.spec.ts" },
  requestPasswordResetAction: {
    access: "public",
    scopedBy: "same answer for every address; limits per network address and per target",
    provenIn: "lib/auth/password-reset.test.ts",
  },
  resetPasswordAction: {
    access: "public",
    scopedBy: "a valid, unspent reset token names the account",
    provenIn: "lib/auth/password-reset.test.ts",
  },
  confirmEmailChangeAction: {
    access: "public",
    scopedBy: "a signed link naming the account; never while signed in as someone else",
    provenIn: "lib/account/account-settings.test.ts",
  },
  visitLesson: { access: "signed-in", scopedBy: "userId in where", provenIn: "lib/progress/progress.test.ts" },
  setLessonCompleted: { access: "signed-in", scopedBy: "userId in where", provenIn: "lib/progress/progress.test.ts" },
  scheduleLookBackAction: {
    access: "signed-in",
    scopedBy: "userId in where (the answer and the look-back)",
    provenIn: "lib/lookbacks/look-backs.test.ts",
  },
  cancelLookBackAction: {
    access: "signed-in",
    scopedBy: "userId in where",
    provenIn: "lib/lookbacks/look-backs.test.ts",
  },
  answerLookBackAction: {
    access: "signed-in",
    scopedBy: "userId in where; a new entry of the learner's own",
    provenIn: "lib/lookbacks/look-backs.test.ts",
  },
  reachLessonEnd: { access: "signed-in", scopedBy: "userId in where", provenIn: "lib/progress/progress.test.ts" },
  courseProgress: { access: "signed-in", scopedBy: "userId in where", provenIn: "lib/progress/progress.test.ts" },
  recordChoice: {
    access: "signed-in",
    scopedBy: "userId in where; the lesson, item and option checked against the course",
    provenIn: "lib/progress/choices.test.ts",
  },
  joinCohortAction: {
    access: "signed-in",
    scopedBy: "a valid open invite code",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  acceptInvitationAction: {
    access: "signed-in",
    scopedBy: "a valid personal invitation token, used once (updateMany where not accepted, revoked or expired)",
    provenIn: "lib/cohorts/invitations.test.ts",
  },
  leaveCohortAction: {
    access: "signed-in",
    scopedBy: "userId in where; takes their shares with the cohort",
    provenIn: "lib/cohorts/sharing.test.ts",
  },
  dismissNudgeAction: { access: "signed-in", scopedBy: "toUserId in where", provenIn: "lib/cohorts/cohorts.test.ts" },
  shareEntryAction: {
    access: "signed-in",
    scopedBy: "own entry (userId in where); a cohort they are a member of, not archived",
    provenIn: "lib/cohorts/sharing.test.ts",
  },
  stopSharingAction: {
    access: "signed-in",
    scopedBy: "own entry (reflection.userId in where)",
    provenIn: "lib/cohorts/sharing.test.ts",
  },
  deleteAnswerAction: {
    access: "signed-in",
    scopedBy: "userId in where",
    provenIn: "lib/reflections/reflections.test.ts",
  },
  deleteAllAnswersAction: {
    access: "signed-in",
    scopedBy: "userId in where",
    provenIn: "lib/reflections/reflections.test.ts",
  },
  markAllNotificationsReadAction: {
    access: "signed-in",
    scopedBy: "userId in where",
    provenIn: "lib/notifications/notifications.test.ts",
  },
  saveEmailChoicesAction: {
    access: "signed-in",
    scopedBy: "own user id in every write",
    provenIn: "lib/notifications/notifications.test.ts",
  },
  setTimeZoneAction: {
    access: "signed-in",
    scopedBy: "own user id in where",
    provenIn: "lib/account/time-zone.test.ts",
  },
  changeNameAction: {
    access: "signed-in",
    scopedBy: "better-auth's updateUser with the caller's own session",
    provenIn: "lib/account/account-settings.test.ts",
  },
  changeEmailAction: {
    access: "signed-in",
    scopedBy: "own session, current password required",
    provenIn: "lib/account/account-settings.test.ts",
  },
  changePasswordAction: {
    access: "signed-in",
    scopedBy: "own session, current password required",
    provenIn: "lib/account/account-settings.test.ts",
  },
  signOutSessionAction: {
    access: "signed-in",
    scopedBy: "session id and own user id in where",
    provenIn: "lib/account/sessions.test.ts",
  },
  signOutOtherSessionsAction: {
    access: "signed-in",
    scopedBy: "own user id in where, this session kept",
    provenIn: "lib/account/sessions.test.ts",
  },
  calendarLinkAction: {
    access: "signed-in",
    scopedBy: "own user id in where (make, replace and turn off); only the token's hash is stored",
    provenIn: "lib/calendar/feeds.test.ts",
  },
  deleteAccountAction: {
    access: "signed-in",
    scopedBy: "own user id, email typed to confirm",
    provenIn: "lib/account/delete-account.test.ts",
  },
  createCohortAction: { access: "facilitator", scopedBy: "facilitator role", provenIn: "lib/cohorts/cohorts.test.ts" },
  updateCohortAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  archiveCohortAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  addCoFacilitatorAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  removeCoFacilitatorAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  setInviteLinkAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  inviteByEmailAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort, not archived",
    provenIn: "lib/cohorts/invitations.test.ts",
  },
  resendInvitationAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort; the invitation's cohortId in where",
    provenIn: "lib/cohorts/invitations.test.ts",
  },
  revokeInvitationAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort; the invitation's cohortId in where",
    provenIn: "lib/cohorts/invitations.test.ts",
  },
  assignModuleAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  removeAssignmentAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  sendNudgeAction: {
    access: "facilitator",
    scopedBy: "facilitates the cohort; members only",
    provenIn: "lib/cohorts/cohorts.test.ts",
  },
  replyAction: {
    access: "facilitator",
    scopedBy: "entry shared with this cohort, which they facilitate, its author still a member",
    provenIn: "lib/cohorts/sharing.test.ts",
  },
  changeRoleAction: {
    access: "admin",
    scopedBy: "admin role in the data layer",
    provenIn: "lib/admin/accounts.test.ts",
  },
  setDisabledAction: {
    access: "admin",
    scopedBy: "admin role in the data layer",
    provenIn: "lib/admin/accounts.test.ts",
  },
  makeResetLinkAction: {
    access: "admin",
    scopedBy: "admin role in the data layer",
    provenIn: "lib/admin/reset-links.test.ts",
  },
  sendTestEmailAction: {
    access: "admin",
    scopedBy: "admin role in the data layer; sends only to the admin's own address",
    provenIn: "lib/admin/instance.test.ts",
  },
} satisfies Record<ActionName, ActionEntry>;
