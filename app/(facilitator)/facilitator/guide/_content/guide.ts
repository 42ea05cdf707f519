// The facilitator guide's fixed words. Only the guarded guide page imports this
// file (a server component), so none of it reaches public HTML or a browser
// script; tests/e2e/facilitator-guide.spec.ts checks the build for it. Lesson
// titles, minutes, prompts and the per-lesson discussion notes are not here:
// the page reads them from the course, so they stay true when lessons change.

export const GUIDE_INTRO =
  "For anyone who runs It Takes Two with a group, in one workshop or over four weeks. It has a plan for each, questions for every lesson, what to do if someone tells you about harm, and what you can and can't see of your learners' work.";

/** A lesson (and maybe one of its reflection prompts) a plan step uses, by key and prompt id. */
export type LessonRef = { lesson: string; prompt?: string };

export type WorkshopStep = {
  /** Minutes from the start of the session. */
  start: number;
  end: number;
  activity: string;
  youDo: string;
  use?: LessonRef;
};

export const WORKSHOP_MINUTES = 90;

export const WORKSHOP_BEFORE = [
  "Create a cohort for the group and send its invite link a few days ahead, so people have an account and can share answers with you if they want to.",
  "Ask people to read module 1 before the day if they can. The session still works if they haven't.",
  "Have a screen to show a lesson, a board or a large sheet of paper, and paper and pens for anyone who would rather write by hand.",
];

export const WORKSHOP_STEPS: WorkshopStep[] = [
  {
    start: 0,
    end: 10,
    activity: "Welcome and ground rules",
    youDo:
      "Say what the session is for. Agree on three rules: nobody has to share, stories stay in the room, and we talk about what people did, not who they are. Say where people can get support at work.",
  },
  {
    start: 10,
    end: 25,
    activity: "What trust is made of",
    youDo:
      "Run the opening discussion from this lesson's questions below. Write the group's answers where everyone can see them.",
    use: { lesson: "trust-is-fragile/what-trust-is-made-of", prompt: "small-things-that-built-trust" },
  },
  {
    start: 25,
    end: 40,
    activity: "Two sides of one story",
    youDo:
      "Use this lesson's exercise below. Notice with the group how fast we pick a side when we hear only one version.",
    use: { lesson: "check-yourself-first/the-blame-habit", prompt: "the-story-i-tell" },
  },
  {
    start: 40,
    end: 50,
    activity: "Quiet writing",
    youDo:
      "Give ten quiet minutes to write. Say clearly that nobody will be asked to read their answer aloud. Then ask what made the question hard.",
    use: { lesson: "check-yourself-first/whats-your-part", prompt: "whats-your-part" },
  },
  {
    start: 50,
    end: 55,
    activity: "Break",
    youDo: "Stay in the room. Someone may want a private word with you.",
  },
  {
    start: 55,
    end: 70,
    activity: "Practice owning your part",
    youDo:
      "Pairs take turns reading a short acknowledgement about a made-up or low-stakes situation. The listener checks: was it specific, was there a “but”, was there a next step?",
    use: { lesson: "own-your-part/own-it-and-make-it-right", prompt: "my-acknowledgement" },
  },
  {
    start: 70,
    end: 85,
    activity: "Choose a first step",
    youDo:
      "Each person writes one first step and the day they will take it. Offer “plan buddies”: pairs who check in with each other in two weeks, without sharing details.",
    use: { lesson: "your-turn/build-your-repair-plan", prompt: "plan-first-step" },
  },
  {
    start: 85,
    end: 90,
    activity: "Close",
    youDo:
      "Invite each person to name one thing they will try, if they want to. Show them where to finish the course on their own, and say again where to get support.",
    use: { lesson: "your-turn/look-back-and-keep-going" },
  },
];

export const WORKSHOP_AFTER =
  "Plan a short follow-up about two weeks later, even 20 minutes, to hear how the first steps went. People can finish the other lessons on their own before then.";

export type CohortWeek = {
  /** Shown as the row's heading: "Before you start", "Week 1" … */
  label: string;
  /** The module learners work on this week, by its number in the course. */
  module?: number;
  /** Days after the start when this week's module is due. */
  dueDay?: number;
  checkIn: string;
  alsoDo: string[];
};

export const COHORT_WEEKS: CohortWeek[] = [
  {
    label: "Before you start",
    checkIn: "No meeting yet. Send a short welcome with the invite link and the date of the first check-in.",
    alsoDo: [
      "Create the cohort and set its time zone, so due dates end at midnight where your group lives.",
      "Assign the modules on the cohort's Assignments page, each with its due date.",
      "Tell people plainly what you will and won't be able to see (see the last section of this guide).",
    ],
  },
  {
    label: "Week 1",
    module: 1,
    dueDay: 7,
    checkIn:
      "A 30-minute call or meeting. Use the discussion questions for module 1. Keep stories light: this week is about noticing, not fixing.",
    alsoDo: [
      "Halfway through the week, look at the cohort's overview. Send a friendly nudge to anyone who hasn't started.",
    ],
  },
  {
    label: "Week 2",
    module: 2,
    dueDay: 14,
    checkIn:
      "A 30-minute check-in. Give quiet time before anyone speaks, and ask what made the questions hard, not what people wrote.",
    alsoDo: [
      "This module asks people to look at their own part. Watch for people being too hard on themselves, and repeat where to get support.",
      "Read any answers people shared with you, and reply briefly if a reply would help.",
    ],
  },
  {
    label: "Week 3",
    module: 3,
    dueDay: 21,
    checkIn: "A 45-minute session with practice in pairs: saying an acknowledgement out loud, and hearing one.",
    alsoDo: ["Check who is overdue on modules 1 and 2 and offer help, not pressure."],
  },
  {
    label: "Week 4",
    module: 4,
    dueDay: 28,
    checkIn:
      "A 45-minute session. Each person chooses a first step and a look-back date. Offer plan buddies who check in with each other.",
    alsoDo: ["Remind people that a repair plan is theirs. Sharing it with you is a choice, one answer at a time."],
  },
  {
    label: "Two to four weeks later",
    checkIn:
      "A 20-minute look-back. Ask: “Without naming anyone, what happened when you took your first step?” Say out loud that mixed results are normal.",
    alsoDo: ["Invite each person to name one next step, if they want to."],
  },
];

export const COHORT_DUE_NOTE =
  "Due dates are days after the cohort starts. If people join at different times, choose “days after each learner joins” on the Assignments page instead of fixed dates.";

/** Shown for a lesson whose source has no facilitator note yet. */
export const NO_NOTE_QUESTION =
  "This lesson has no facilitator note yet. A question that works for any lesson: “What is one idea from this lesson you could try this week, and what might get in the way?”";

export const DISCLOSURE = {
  intro:
    "Talking about broken trust can bring up hard memories. Sometimes a learner writes or says something that sounds like bullying, harassment, discrimination, threats, retaliation for speaking up, or another kind of harm. Your job then is not to fix it or to judge it. Your job is to respond with care and help the person reach the right support.",
  steps: [
    "Listen. Thank them for telling you. Stay calm, and let them share as much or as little as they want.",
    "Don't investigate it yourself. Don't question the other person or try to find out what really happened. That belongs to the people whose job it is.",
    "Don't promise to keep it secret if you can't. Your organization may require you to pass some things on. If you are not sure, say so honestly, and tell them what you do know.",
    "Point them to support: HR, the employee assistance program (EAP) if there is one, a union or staff representative, or a person they trust. If someone is in danger right now, call your local emergency number.",
    "Follow your organization's policy on what to do next and whom to tell.",
    "Write down only what your policy requires, and keep it out of this course: never in a nudge, a reply or a cohort's name or description.",
    "Look after yourself too. Hearing these stories is hard. Talk to your own support if you need to.",
  ],
  inGroup:
    "If someone starts to share a story like this in front of the group, pause it gently. Thank them, say it sounds important, and offer to talk with them alone after the session. This keeps their story private.",
  notTheTool:
    "This course is about repairing trust between two people who each had some part in what went wrong. It is not the right tool when someone is using power over another person, such as bullying, harassment, threats or punishment for speaking up. Asking “What's your part?” in that situation can lead the person who was harmed to blame themselves.",
  whatToSay:
    "Say this to the group at the start. Say it again to anyone who tells you about harm: they don't have to repair that relationship, and they don't have to make a plan for it. They can choose a different relationship for module 4, or stop. Getting support comes first.",
};

/** The numbers come from the code that enforces them, so the sentences stay true. */
export function visibilityText(limits: {
  dueSoonDays: number;
  quietDays: number;
  nudgeMaxChars: number;
  nudgeRepeatHours: number;
}) {
  return {
    intro:
      "You see the cohorts you facilitate, and only those. A co-facilitator of the same cohort sees the same things you do.",
    canSee: [
      "Each learner's name, when they joined, when they were last active, and each lesson's state: complete (with its date), in progress, not started or overdue.",
      `The due dates you set, and who needs attention: a module overdue, a module due within ${limits.dueSoonDays} days and not started, or no activity for ${limits.quietDays} days.`,
      "Answers a learner chose to share with this cohort. Sharing is one answer at a time, and for one cohort at a time. You can reply; the learner sees your reply, and so do the cohort's other facilitators.",
    ],
    cannotSee: [
      "Private answers. Only the learner can read what they have not shared with this cohort. Admins can't read it either.",
      "Answers shared with a cohort you don't facilitate. Each cohort's shared answers stay in that cohort.",
      "A learner's answers in knowledge checks and scenarios, and their look-back notes.",
    ],
    changes: [
      "A learner can stop sharing an answer at any time, and it leaves your view at once, with its replies.",
      "If a learner leaves the cohort, the answers they shared with it go too.",
      "If you archive a cohort, its shared answers are hidden until you bring the cohort back.",
    ],
    nudges: `A nudge is a short reminder, up to ${limits.nudgeMaxChars} characters, that you send from the cohort's Nudges page. The learner sees it in their notifications, and by email too when this site can send email and they haven't turned those emails off. A second nudge to the same person within ${limits.nudgeRepeatHours} hours asks you to confirm first. The cohort keeps a history of who was nudged and when. Archived cohorts can't send nudges.`,
    exports:
      "The printable summary shows names, dates and lesson progress. The progress file (CSV) holds the same and each learner's email address. Neither ever includes reflections. Keep them as carefully as any list of staff details. Learners can download their own journal; you can't download theirs.",
  };
}
