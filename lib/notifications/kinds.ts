// The kinds of notification, and how the account page names them. Pure; safe
// anywhere (the email preferences form uses it in the browser).
import type { Role } from "../auth/roles";

export const NOTIFICATION_KINDS = ["reply", "nudge", "due_soon", "look_back", "shared"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** `tag` marks an entry in the list; `label` and `hint` name the kind on the account page. */
export const KIND_NAMES: Record<NotificationKind, { tag: string; label: string; hint: string }> = {
  reply: {
    tag: "Reply",
    label: "Replies from a facilitator",
    hint: "When a facilitator replies to an answer you shared.",
  },
  nudge: {
    tag: "Reminder",
    label: "Reminders from a facilitator",
    hint: "A note from a facilitator in one of your cohorts.",
  },
  due_soon: { tag: "Due soon", label: "Modules due soon", hint: "Shortly before a module assigned to you is due." },
  look_back: { tag: "Look-back", label: "Look-backs", hint: "On the day you chose to look back at an answer." },
  shared: {
    tag: "Shared answer",
    label: "Newly shared answers",
    hint: "When a learner in a cohort you run shares an answer.",
  },
};

/** The kinds a person can receive: only facilitators (and admins) hear of shared answers. */
export function kindsFor(role: Role): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => kind !== "shared" || role !== "learner");
}
