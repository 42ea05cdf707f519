// The admin page: the instance at a glance (with a real test email through an
// SMTP server on loopback), and finding accounts among many.
import { randomUUID } from "node:crypto";
import { expect, expectAccessible, test } from "./support/fixtures";
import { startMailApp, type MailApp } from "./support/mail-app";
import { signInAs } from "./support/session";

test.describe("the instance view, with email set up", () => {
  test.describe.configure({ timeout: 120_000 });
  let mail: MailApp;

  test.beforeAll(async ({ database }) => {
    mail = await startMailApp(database.url);
  });

  test.afterAll(async () => {
    await mail?.stop();
  });

  test("shows the counts and the database, and a test email reaches the admin with the server's answer", async ({
    browser,
    db,
    newUser,
  }) => {
    const admin = await newUser("admin", { name: "Imani Otieno" });
    const context = await browser.newContext({ baseURL: mail.app.url });
    await signInAs(context, mail.app.url, db, admin);
    const page = await context.newPage();
    // The worker's database is shared by its tests: a backup far in the future is the newest.
    const file = `trust-course-2099-01-01T02-00-00-000Z-${admin.id.slice(0, 6)}.db`;
    await db.backupRun.create({
      data: {
        id: randomUUID(),
        trigger: "scheduled",
        provider: process.env.TEST_DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite",
        startedAt: new Date("2099-01-01T02:00:00Z"),
        finishedAt: new Date("2099-01-01T02:00:05Z"),
        file,
        sizeBytes: 3_250_000,
        ok: true,
      },
    });
    await page.goto("/admin");
    const instance = page.getByRole("region", { name: "This instance" });
    await expect(instance).toContainText(`(scheduled), 3.1 MB`);
    await expect(instance).toContainText(file);
    await expect(instance).toContainText("Instances running now");
    const learners = await db.user.count({ where: { role: "learner" } });
    await expect(instance.getByRole("definition").first()).toHaveText(learners.toLocaleString("en"));
    await expect(instance).toContainText(process.env.TEST_DATABASE_PROVIDER === "postgresql" ? "PostgreSQL" : "SQLite");
    await expect(instance).toContainText("up to date");
    await expect(instance).toContainText("Emails come from It Takes Two <course@example.org>");

    await instance.getByRole("button", { name: `Send a test email to ${admin.email}` }).click();
    await expect(instance.getByRole("status")).toContainText(`Sent to ${admin.email}. The mail server answered: “250`);
    const received = await mail.inbox.next(admin.email, 0);
    expect(received.subject).toBe("It Takes Two: test email");
    await expectAccessible(page);
    await context.close();
  });
});

test.describe("finding accounts", () => {
  test("a search with no match says so and leads back; many matches are paged, newest first", async ({
    page,
    signedInAs,
    db,
  }) => {
    await signedInAs("admin");
    // A word only these accounts have, so other tests' people don't count.
    const tag = `zq${Date.now().toString(36)}`;
    const start = Date.now();
    for (let i = 1; i <= 27; i++) {
      await db.user.create({
        data: {
          id: randomUUID(),
          name: `Crew ${tag} ${String(i).padStart(2, "0")}`,
          email: `crew-${i}-${tag}@test.example.org`,
          createdAt: new Date(start + i * 1000),
        },
      });
    }

    await page.goto("/admin");
    await page.getByRole("searchbox", { name: "Find an account" }).fill("nobody-has-this-name");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No account matches “nobody-has-this-name”.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await page.getByRole("link", { name: "Show every account" }).click();
    await expect(page).toHaveURL(/\/admin$/);

    await page.goto(`/admin?q=${tag}`);
    await expect(page.getByText(`27 accounts match “${tag}”: 1–25, newest first.`)).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(26);
    await expect(page.getByRole("rowheader").first()).toContainText(`Crew ${tag} 27`);
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${tag}&page=2`));
    await expect(page.getByText(`27 accounts match “${tag}”: 26–27, newest first.`)).toBeVisible();
    await expect(page.getByRole("rowheader")).toHaveText([new RegExp(`Crew ${tag} 02`), new RegExp(`Crew ${tag} 01`)]);
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
  });
});
