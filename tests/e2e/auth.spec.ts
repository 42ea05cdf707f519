import { signInAccountAddressKey } from "../../lib/auth/rate-limit-keys";
import { expect, test } from "./support/fixtures";

test.describe("accounts", () => {
  test("a newcomer signs up, signs out and signs back in", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Rosa Diaz");
    await page.getByLabel("Email").fill("rosa.diaz@example.org");
    await page.getByLabel("Password").fill("a-long-enough-passphrase");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("link", { name: /Your account \(Rosa Diaz\)/ })).toBeVisible();
    const cookie = (await page.context().cookies()).find((c) => c.name === "itt.session_token");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You’re signed out.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.getByLabel("Email").fill("ROSA.DIAZ@example.org ");
    await page.getByLabel("Password").fill("a-long-enough-passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: /Your account \(Rosa Diaz\)/ })).toBeVisible();
  });

  test("sign-up explains every problem at once and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Kofi");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.getByRole("main").getByRole("alert")).toContainText("Please check the highlighted fields.");
    await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
    await expect(page.getByText("Use at least 15 characters.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Kofi");
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  });

  test("a taken email gets a clear message", async ({ page, newUser }) => {
    const existing = await newUser("learner");
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(existing.email);
    await page.getByLabel("Password").fill("another-long-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("An account with this email already exists.");
  });

  test("wrong credentials get one message that does not say which part was wrong", async ({ page, newUser }) => {
    const user = await newUser("learner");
    const message = "That email and password don't match an account. Check both and try again.";

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);

    await page.getByLabel("Email").fill("nobody-here@example.org");
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
  });

  // Changed with the sign-in limits (issue 10): the old test proved that five wrong
  // passwords locked the account for everyone, its owner included. Now three are
  // free and the fourth try from the same address waits, even with the right
  // password; another address is not held up (tests/e2e/sign-in-limits.spec.ts).
  test("after three wrong passwords the account rests before the next try from here, even with the right one", async ({
    page,
    newUser,
    db,
  }) => {
    const user = await newUser("learner");
    const pair = signInAccountAddressKey(user.email, "127.0.0.1");
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      // Wait for this attempt to finish (the form resets) before the next.
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(page.getByRole("main").getByRole("alert")).toContainText("don't match an account");
      await expect
        .poll(async () => (await db.signInGuard.findUnique({ where: { key: pair } }))?.failures)
        .toBe(attempt);
    }
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "There have been several wrong passwords for this account, so it is resting for",
    );

    const guard = await db.signInGuard.findUnique({ where: { key: pair } });
    expect(guard?.failures).toBe(3);
    expect(guard?.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now());
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  test("sign-in returns to the page that asked for it", async ({ page, newUser }) => {
    const user = await newUser("learner", { name: "Tomás Ruiz" });
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByText(user.email)).toBeVisible();
  });

  test("a disabled account cannot sign in", async ({ page, newUser, db }) => {
    const user = await newUser("learner");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("This account has been disabled.");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  test("sessions live in the database: removing the row signs the person out", async ({ page, signedInAs, db }) => {
    const user = await signedInAs("learner", { name: "Ines Kovač" });
    await page.goto("/account");
    await expect(page.getByText(user.email)).toBeVisible();
    await db.session.deleteMany({ where: { userId: user.id } });
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
