import "server-only";
// The look-back email: one per look-back, sent on its day when email is set
// up. A look-back is claimed before it is sent (emailedAt set where it was
// still empty), so several instances, or a cron job beside them, never send
// it twice; a send that fails gives the claim back for the next run.
import { db } from "../db/client";
import { env } from "../env";
import { log } from "../log/logger";
import { mailConfigured, sendMail } from "../mail/mailer";
import { formatDate } from "../time/format";
import { lookBackPath } from "./path";

export async function emailDueLookBacks(now = new Date()): Promise<{ emailed: number }> {
  if (!mailConfigured()) return { emailed: 0 };
  const due = await db().lookBack.findMany({
    where: { dueAt: { lte: now }, emailedAt: null, doneAt: null, user: { disabledAt: null } },
    select: {
      id: true,
      user: { select: { email: true, name: true, timeZone: true } },
      reflection: { select: { promptText: true, createdAt: true } },
    },
    orderBy: { dueAt: "asc" },
    take: 500,
  });
  let emailed = 0;
  for (const lookBack of due) {
    const claim = await db().lookBack.updateMany({
      where: { id: lookBack.id, emailedAt: null },
      data: { emailedAt: now },
    });
    if (claim.count === 0) continue; // Another instance has it.
    const { user, reflection } = lookBack;
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
          `${env().appUrl}${lookBackPath(lookBack.id)}`,
          "",
          "— It Takes Two",
        ].join("\n"),
      });
      emailed += 1;
    } catch (error) {
      await db().lookBack.updateMany({ where: { id: lookBack.id, emailedAt: now }, data: { emailedAt: null } });
      log.warn("look-back.email_failed", { lookBack: lookBack.id, error });
    }
  }
  return { emailed };
}
