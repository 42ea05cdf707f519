import { expect, test } from "./support/fixtures";

test.describe("roles", () => {
  for (const role of ["learner", "facilitator"] as const) {
    test(`a ${role} gets the friendly 403 page on the admin page`, async ({ page, signedInAs }) => {
      await signedInAs(role);
      const response = await page.goto("/admin");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "This page isn’t open to your account" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
    });
  }

  test("someone signed out is sent to sign in, then back to the admin page", async ({ page, newUser }) => {
    const admin = await newUser("admin");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin/);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Accounts" })).toBeVisible();
  });

  test("an admin promotes a learner to facilitator", async ({ page, signedInAs, newUser, db }) => {
    await signedInAs("admin");
    // Other tests in this worker may have made people with the same name.
    const name = `Aroha Ngata ${Date.now().toString(36)}`;
    const learner = await newUser("learner", { name });
    await page.goto(`/admin?q=${encodeURIComponent(learner.email)}`);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await row.getByRole("combobox", { name: `Role for ${name}` }).selectOption("facilitator");
    await row.getByRole("button", { name: `Save role for ${name}` }).click();
    await expect(row.getByRole("status").first()).toHaveText(`${name} is now a facilitator.`);
    // Said as the one toast (a polite live region), like every other "done".
    await expect(row.getByRole("status").first()).toHaveAttribute("aria-live", "polite");
    const stored = await db.user.findUnique({ where: { id: learner.id }, select: { role: true } });
    expect(stored?.role).toBe("facilitator");
  });

  test("the admin link shows only for admins", async ({ page, signedInAs }) => {
    await signedInAs("learner", { name: "Noor Haddad" });
    await page.goto("/");
    await expect(page.getByRole("link", { name: /Your account \(Noor Haddad\)/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  });
});
