import "server-only";
// A look-back whose day has come: one notification, and one email when email
// is set up and the learner wants it. The notification's unique key makes it
// once, and the look-back is claimed before its email is sent (emailedAt set
// where it was still empty), so several instances, or a cron job beside
// them, never send it twice; a send that fails gives the claim back for the
// next run.
import { db } from "../db/client";
import { env } from "../env";
import { log } from "../log/logger";
import { mailConfigured, sendMail } from "../mail/mailer";
import { notify } from "../notifications/notifications";
import { currentTime } from "../time/clock";
import { formatDate } from "../time/format";
import { lookBackPath } from "./path";

export async function notifyDueLookBacks(now = currentTime()): Promise<{ notified: number; emailed: number }> {
  const mail = mailConfigured();
  const due = await db().lookBack.findMany({
    where: {
      dueAt: { lte: now },
      doneAt: null,
      user: { disabledAt: null },
      OR: [
        { notifications: { none: {} } },
        ...(mail ? [{ emailedAt: null, user: { emailOptOuts: { none: { kind: "look_back" as const } } } }] : []),
      ],
    },
    select: {
      id: true,
      userId: true,
      user: { select: { email: true, name: true, timeZone: true, emailOptOuts: { where: { kind: "look_back" } } } },
      reflection: { select: { promptText: true, createdAt: true } },
    },
    orderBy: { dueAt: "asc" },
    take: 500,
  });
  let notified = 0;
  let emailed = 0;
  for (const lookBack of due) {
    const { user, reflection } = lookBack;
    const href = lookBackPath(lookBack.id);
    const note = await notify({
      userId: lookBack.userId,
      kind: "look_back",
      key: `look-back:${lookBack.id}`,
      text: `Time to look back at your answer to “${reflection.promptText}”.`,
      href,
      about: { lookBackId: lookBack.id },
    });
    if (note.created) notified += 1;
    if (!mail || user.emailOptOuts.length > 0) continue;
    const claim = await db().lookBack.updateMany({
      where: { id: lookBack.id, emailedAt: null },
      data: { emailedAt: now },
    });
    if (claim.count === 0) continue; // Another instance has it.
    try {
      await sendMail({
        to: user.email,
        subject: `Time to look back: ${reflection.promptText}`,
        text: [
          `Hello ${user.name},`,
          "",
          `On ${formatDate(reflection.createdAt, user.timeZone)} you answered “${reflection.promptText}” and asked to come back to it today.`,
          "",
          "Read what you wrote then, answer again, and see what has changed:",
          `${env().appUrl}${href}`,
          "",
          "— It Takes Two",
        ].join("\n"),
      });
      await db().notification.updateMany({ where: { lookBackId: lookBack.id }, data: { emailedAt: now } });
      emailed += 1;
    } catch (error) {
      await db().lookBack.updateMany({ where: { id: lookBack.id, emailedAt: now }, data: { emailedAt: null } });
      log.warn("look-back.email_failed", { lookBack: lookBack.id, error });
    }
  }
  return { notified, emailed };
}
