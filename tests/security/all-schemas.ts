// Every zod schema at a boundary (forms, actions, routes, env, content), for
// the property tests. schema-registry.test.ts fails when one is missing.
import type { z } from "zod";
import { ReadingPlaceFieldSchema, SignInSchema, SignUpSchema } from "../../app/(auth)/schemas";
import {
  AnswerLookBackSchema,
  CancelLookBackSchema,
  ScheduleLookBackSchema,
} from "../../app/(journal)/journal/look-back/schemas";
import {
  AdminAccountsQuerySchema,
  ChangeRoleSchema,
  MakeResetLinkSchema,
  SendTestEmailSchema,
  SetDisabledSchema,
} from "../../app/(admin)/admin/schemas";
import { ForgotPasswordSchema } from "../../app/(auth)/forgot-password/schemas";
import { ResetPasswordSchema } from "../../app/(auth)/reset-password/schemas";
import { ConfirmEmailChangeSchema } from "../../app/(account)/account/confirm-email/schemas";
import {
  CurrentPasswordSchema,
  EmailAddressSchema,
  LinkTokenSchema,
  NewPasswordSchema,
  PersonNameSchema,
} from "../../lib/auth/account-fields";
import { AcceptInvitationSchema, CohortIdSchema, JoinCohortSchema, NudgeIdSchema } from "../../app/(dashboard)/schemas";
import {
  InvitationIdSchema,
  InviteByEmailSchema,
} from "../../app/(facilitator)/facilitator/cohorts/[cohortId]/invitations/schemas";
import {
  CourseProgressSchema,
  LessonKeySchema,
  RecordChoiceSchema,
  SetCompletedSchema,
  VisitLessonSchema,
} from "../../app/(course)/learn/schemas";
import { EnvSchema } from "../../lib/env";
import { ChoiceSchema, ItemIdSchema } from "../../lib/progress/choices";
import { RoleSchema } from "../../lib/auth/roles";
import { SetRoleSchema } from "../../scripts/admin/set-role";
import {
  CalloutPropsSchema,
  CourseSchema,
  DiagramPropsSchema,
  KnowledgeCheckPropsSchema,
  LessonFrontmatterSchema,
  ModuleMetaSchema,
  PlanLookBackPropsSchema,
  PlannerPropsSchema,
  RecallAnswersPropsSchema,
  ReflectionPropsSchema,
  ScenarioFollowUpSchema,
  ScenarioPropsSchema,
} from "../../lib/course/schemas";
import {
  CohortChoiceSchema,
  EntryIdSchema,
  ReflectionBodySchema,
  SaveReflectionSchema,
  ShareRequestSchema,
  StopSharingRequestSchema,
} from "../../lib/reflections/schemas";
import {
  CohortDetailsSchema,
  CohortIdFieldSchema,
  CreateCohortSchema,
} from "../../app/(facilitator)/facilitator/schemas";
import {
  AssignModuleSchema,
  RemoveAssignmentSchema,
  SendNudgeSchema,
  SetInviteLinkSchema,
} from "../../app/(facilitator)/facilitator/cohorts/[cohortId]/schemas";
import {
  ReplyToReflectionSchema,
  SharedReflectionsQuerySchema,
} from "../../app/(facilitator)/facilitator/cohorts/[cohortId]/reflections/schemas";
import {
  AddCoFacilitatorSchema,
  ArchiveCohortSchema,
  RemoveCoFacilitatorSchema,
  UpdateCohortSchema,
} from "../../app/(facilitator)/facilitator/cohorts/[cohortId]/settings/schemas";
import { DeleteAccountSchema } from "../../app/(account)/account/delete/schemas";
import {
  ChangeEmailSchema,
  ChangeNameSchema,
  ChangePasswordSchema,
  EmailChoicesSchema,
  CalendarLinkSchema,
  SetTimeZoneSchema,
  SignOutOtherSessionsSchema,
  SignOutSessionSchema,
} from "../../app/(account)/account/schemas";
import { FeedSegmentSchema } from "../../lib/calendar/feeds";
import { MarkAllReadSchema, NotificationIdSchema } from "../../app/(dashboard)/notifications/schemas";
import { BrowserTimeZoneSchema, TimeZoneSchema } from "../../lib/time/zones";
import { DeleteAllAnswersSchema } from "../../app/(journal)/journal/delete/schemas";
import {
  CompareQuerySchema,
  DeleteAnswerSchema,
  PromptIdSchema,
} from "../../app/(journal)/journal/prompt/[promptId]/schemas";
import { JournalQuerySchema, ShareEntrySchema, StopSharingSchema } from "../../app/(journal)/journal/schemas";

export const ALL_SCHEMAS: Record<string, z.ZodType> = {
  SignInSchema,
  SignUpSchema,
  ChangeRoleSchema,
  SetDisabledSchema,
  MakeResetLinkSchema,
  ForgotPasswordSchema,
  ResetPasswordSchema,
  ConfirmEmailChangeSchema,
  EmailAddressSchema,
  PersonNameSchema,
  NewPasswordSchema,
  CurrentPasswordSchema,
  LinkTokenSchema,
  ChangeNameSchema,
  ChangeEmailSchema,
  ChangePasswordSchema,
  SignOutSessionSchema,
  SignOutOtherSessionsSchema,
  JoinCohortSchema,
  AcceptInvitationSchema,
  CohortIdSchema,
  NudgeIdSchema,
  LessonKeySchema,
  VisitLessonSchema,
  SetCompletedSchema,
  CourseProgressSchema,
  RecordChoiceSchema,
  ChoiceSchema,
  ItemIdSchema,
  EnvSchema,
  RoleSchema,
  SetRoleSchema,
  CourseSchema,
  ModuleMetaSchema,
  LessonFrontmatterSchema,
  ReflectionPropsSchema,
  ScenarioPropsSchema,
  KnowledgeCheckPropsSchema,
  CalloutPropsSchema,
  PlanLookBackPropsSchema,
  ScenarioFollowUpSchema,
  DiagramPropsSchema,
  PlannerPropsSchema,
  RecallAnswersPropsSchema,
  EntryIdSchema,
  ReflectionBodySchema,
  SaveReflectionSchema,
  CohortChoiceSchema,
  ShareRequestSchema,
  StopSharingRequestSchema,
  CohortDetailsSchema,
  CohortIdFieldSchema,
  CreateCohortSchema,
  AssignModuleSchema,
  RemoveAssignmentSchema,
  SendNudgeSchema,
  SetInviteLinkSchema,
  InviteByEmailSchema,
  InvitationIdSchema,
  ReplyToReflectionSchema,
  SharedReflectionsQuerySchema,
  AddCoFacilitatorSchema,
  ArchiveCohortSchema,
  RemoveCoFacilitatorSchema,
  UpdateCohortSchema,
  DeleteAccountSchema,
  SetTimeZoneSchema,
  EmailChoicesSchema,
  MarkAllReadSchema,
  NotificationIdSchema,
  TimeZoneSchema,
  BrowserTimeZoneSchema,
  ReadingPlaceFieldSchema,
  ScheduleLookBackSchema,
  CancelLookBackSchema,
  AnswerLookBackSchema,
  DeleteAllAnswersSchema,
  DeleteAnswerSchema,
  PromptIdSchema,
  CompareQuerySchema,
  JournalQuerySchema,
  AdminAccountsQuerySchema,
  SendTestEmailSchema,
  ShareEntrySchema,
  StopSharingSchema,
  CalendarLinkSchema,
  FeedSegmentSchema,
};
