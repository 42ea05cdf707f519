// Forms posted from another site's page (the shape of a cross-site request
// forgery) are refused with a 403 and a sentence, and change nothing; the same
// post from the app's own origin goes through, which proves the posts are
// real server-action submissions. See docs/decisions/013.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";
import { getPrompts } from "../../lib/course/prompts";
import { actionFormFields } from "./support/action-forms";
import { expect, test } from "./support/fixtures";

const EVIL = "https://evil.example";

async function seedAnswers(db: Db, userId: string, count: number): Promise<void> {
  const prompt = getPrompts().get("whats-your-part")!;
  for (let i = 0; i < count; i++) {
    await db.reflection.create({
      data: {
        id: randomUUID(),
        userId,
        promptId: prompt.id,
        lessonKey: prompt.lesson.key,
        promptText: prompt.prompt,
        body: `Answer ${i + 1}`,
      },
    });
  }
}

test.describe("writes sent from another site", () => {
  test("the sign-in form posted from another site is refused and signs nobody in", async ({
    page,
    app,
    db,
    newUser,
  }) => {
    const user = await newUser("learner");
    const fields = await actionFormFields(page.request, `${app.url}/sign-in`);
    const post = (origin: string) =>
      page.request.post(`${app.url}/sign-in`, {
        headers: { Origin: origin },
        multipart: { ...fields, email: user.email, password: user.password, redirectTo: "/" },
        maxRedirects: 0,
      });

    const refused = await post(EVIL);
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toMatch(/came from another website.*nothing was changed/);
    expect(refused.headers()["set-cookie"]).toBeUndefined();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    // The same post from the app's own pages signs in.
    const accepted = await post(app.url);
    expect(accepted.status()).toBeLessThan(400);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  test("'delete all my answers' posted from another site with the learner's cookie deletes nothing", async ({
    page,
    app,
    db,
    signedInAs,
  }) => {
    const learner = await signedInAs("learner");
    await seedAnswers(db, learner.id, 2);
    const fields = await actionFormFields(page.request, `${app.url}/journal/delete`);
    const post = (headers: Record<string, string>) =>
      page.request.post(`${app.url}/journal/delete`, {
        headers,
        multipart: { ...fields, confirm: "DELETE" },
        maxRedirects: 0,
      });

    const crossSite: Record<string, string>[] = [
      { Origin: EVIL },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
    ];
    for (const headers of crossSite) {
      const refused = await post(headers);
      expect(refused.status(), JSON.stringify(headers)).toBe(403);
      expect(await refused.text()).toMatch(/refused and nothing was changed/);
      expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(2);
    }

    const accepted = await post({ Origin: app.url });
    expect(accepted.status()).toBeLessThan(400);
    expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(0);

    await page.goto("/journal");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("links from other sites still open pages", async ({ page, app }) => {
    const response = await page.request.get(`${app.url}/learn`, { headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(response.status()).toBe(200);
    await page.goto("/learn");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
