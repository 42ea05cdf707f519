// Every module of server actions, imported: the typed list the security
// registry (./actions.ts) is checked against. Its type gives the name of
// every exported action; actions-registry.test.ts checks at run time that
// every actions.ts under app/ is here. Only the unit tests import it (for
// its values); ./actions.ts takes its type alone.
import * as account from "../../app/(account)/account/actions";
import * as confirmEmail from "../../app/(account)/account/confirm-email/actions";
import * as deleteAccount from "../../app/(account)/account/delete/actions";
import * as admin from "../../app/(admin)/admin/actions";
import * as auth from "../../app/(auth)/actions";
import * as forgotPassword from "../../app/(auth)/forgot-password/actions";
import * as resetPassword from "../../app/(auth)/reset-password/actions";
import * as learn from "../../app/(course)/learn/actions";
import * as dashboard from "../../app/(dashboard)/actions";
import * as notifications from "../../app/(dashboard)/notifications/actions";
import * as facilitator from "../../app/(facilitator)/facilitator/actions";
import * as cohort from "../../app/(facilitator)/facilitator/cohorts/[cohortId]/actions";
import * as invitations from "../../app/(facilitator)/facilitator/cohorts/[cohortId]/invitations/actions";
import * as replies from "../../app/(facilitator)/facilitator/cohorts/[cohortId]/reflections/actions";
import * as cohortSettings from "../../app/(facilitator)/facilitator/cohorts/[cohortId]/settings/actions";
import * as journal from "../../app/(journal)/journal/actions";
import * as deleteAll from "../../app/(journal)/journal/delete/actions";
import * as lookBack from "../../app/(journal)/journal/look-back/actions";
import * as deleteAnswer from "../../app/(journal)/journal/prompt/[promptId]/actions";

/** Keyed by the file's path from the project's root. */
export const ACTION_MODULES = {
  "app/(account)/account/actions.ts": account,
  "app/(account)/account/confirm-email/actions.ts": confirmEmail,
  "app/(account)/account/delete/actions.ts": deleteAccount,
  "app/(admin)/admin/actions.ts": admin,
  "app/(auth)/actions.ts": auth,
  "app/(auth)/forgot-password/actions.ts": forgotPassword,
  "app/(auth)/reset-password/actions.ts": resetPassword,
  "app/(course)/learn/actions.ts": learn,
  "app/(dashboard)/actions.ts": dashboard,
  "app/(dashboard)/notifications/actions.ts": notifications,
  "app/(facilitator)/facilitator/actions.ts": facilitator,
  "app/(facilitator)/facilitator/cohorts/[cohortId]/actions.ts": cohort,
  "app/(facilitator)/facilitator/cohorts/[cohortId]/invitations/actions.ts": invitations,
  "app/(facilitator)/facilitator/cohorts/[cohortId]/reflections/actions.ts": replies,
  "app/(facilitator)/facilitator/cohorts/[cohortId]/settings/actions.ts": cohortSettings,
  "app/(journal)/journal/actions.ts": journal,
  "app/(journal)/journal/delete/actions.ts": deleteAll,
  "app/(journal)/journal/look-back/actions.ts": lookBack,
  "app/(journal)/journal/prompt/[promptId]/actions.ts": deleteAnswer,
} as const;

type Modules = typeof ACTION_MODULES;

/** The name of every exported server action. */
export type ActionName = { [File in keyof Modules]: keyof Modules[File] & string }[keyof Modules];
