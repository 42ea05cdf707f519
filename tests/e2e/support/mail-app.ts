// A second app server on the worker's database, with email turned on: its
// SMTP_URL points at a real SMTP server on loopback that keeps every message
// (tests/setup/smtp-inbox.ts). The worker's own server sends no email, so a
// test can compare the two.
import { startInbox, type Inbox } from "../../setup/smtp-inbox";
import { launchAppServer, type AppServer } from "./app-server";

export type MailApp = { app: AppServer; inbox: Inbox; stop: () => Promise<void> };

export async function startMailApp(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<MailApp> {
  const inbox = await startInbox();
  try {
    const app = await launchAppServer(databaseUrl, {
      extraEnv: { SMTP_URL: inbox.url, MAIL_FROM: "It Takes Two <course@example.org>", ...extraEnv },
    });
    return {
      app,
      inbox,
      stop: async () => {
        await app.stop();
        await inbox.close();
      },
    };
  } catch (error) {
    await inbox.close();
    throw error;
  }
}
