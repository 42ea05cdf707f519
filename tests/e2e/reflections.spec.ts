import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type { Db } from "../../lib/db/client";
import { expect, test } from "./support/fixtures";

const LESSON = "/learn/check-yourself-first/whats-your-part";
const LESSON_KEY = "check-yourself-first/whats-your-part";
const PROMPT_ID = "whats-your-part";

function editor(page: Page, promptId = PROMPT_ID) {
  const root = page.locator(`[data-reflection-editor="${promptId}"]`);
  return { root, text: root.getByRole("textbox"), status: root.getByRole("status") };
}

async function openLesson(page: Page) {
  await page.goto(LESSON);
  const e = editor(page);
  await expect(e.text).toBeEnabled();
  return e;
}

/** An answer saved earlier ("Start"), as if from another tab: the starting point of every conflict. */
async function answerStartedElsewhere(db: Db, userId: string): Promise<string> {
  const id = randomUUID();
  await db.reflection.create({
    data: { id, userId, promptId: PROMPT_ID, lessonKey: LESSON_KEY, promptText: "What's your part?", body: "Start" },
  });
  return id;
}

test.describe("reflections", () => {
  test("write, leave, come back: the answer is there with its date", async ({ page, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    const e = await openLesson(page);
    await expect(e.root.getByText("Only you can see this.")).toBeVisible();
    await e.text.fill("I stopped answering Priya's messages\nafter the meeting.");
    await expect(e.status).toContainText(/Saved at \d/);

    await page.reload();
    const again = editor(page);
    await expect(again.text).toHaveValue("I stopped answering Priya's messages\nafter the meeting.");
    await expect(again.status).toContainText("Saved at");
    const rows = await db.reflection.findMany({ where: { userId: learner.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      promptId: PROMPT_ID,
      lessonKey: LESSON_KEY,
      promptText: "What's your part?",
    });
    expect(await db.reflectionShare.count({ where: { reflectionId: rows[0]!.id } })).toBe(0);
  });

  test("typing without stopping sends at most one save per two seconds, and the last words are saved", async ({
    page,
    signedInAs,
    db,
  }) => {
    const learner = await signedInAs("learner");
    const e = await openLesson(page);
    const saves: number[] = [];
    page.on("request", (request) => {
      if (request.method() === "PUT" && /\/api\/reflections\/[^/]+$/.test(request.url())) saves.push(Date.now());
    });
    const started = Date.now();
    // About 12 seconds of steady typing, never pausing for a second.
    await e.text.pressSequentially("I kept the report to myself for a week and let Priya find out in the meeting.", {
      delay: 150,
    });
    const typedFor = Date.now() - started;
    await expect(e.status).toContainText("Saved at");
    const gaps = saves.slice(1).map((at, i) => at - saves[i]!);
    // A slow machine only spreads them further apart.
    expect(saves.length).toBeLessThanOrEqual(Math.floor(typedFor / 2000) + 2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1900);
    const rows = await db.reflection.findMany({ where: { userId: learner.id } });
    expect(rows.map((r) => r.body)).toEqual([
      "I kept the report to myself for a week and let Priya find out in the meeting.",
    ]);
  });

  test("a save that takes long says the text is safe on this device, then saved", async ({ page, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    const e = await openLesson(page);
    await page.route(/\/api\/reflections\/[^/]+$/, async (route) => {
      if (route.request().method() !== "PUT") return route.continue();
      await new Promise((resolve) => setTimeout(resolve, 6000));
      await route.continue();
    });
    await e.text.fill("Said I'd check the figures and never did.");
    await expect(e.status).toHaveText("Still saving — your text is safe on this device");
    const kept = await page.evaluate((key) => window.localStorage.getItem(key), `itt:draft:${PROMPT_ID}`);
    expect(kept).toContain("Said I'd check the figures and never did.");
    await expect(e.status).toContainText("Saved at", { timeout: 20_000 });
    expect((await db.reflection.findMany({ where: { userId: learner.id } })).map((r) => r.body)).toEqual([
      "Said I'd check the figures and never did.",
    ]);
  });

  test("offline while typing: kept on the device, saved once when the network is back", async ({
    page,
    context,
    signedInAs,
    db,
  }) => {
    const learner = await signedInAs("learner");
    const e = await openLesson(page);
    await context.setOffline(true);
    await e.text.fill("Written on the train with no signal.");
    await expect(e.status).toHaveText("Offline — kept on this device, will retry");
    const kept = await page.evaluate((key) => window.localStorage.getItem(key), `itt:draft:${PROMPT_ID}`);
    expect(kept).toContain("Written on the train with no signal.");
    expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(0);

    await context.setOffline(false);
    await expect(e.status).toContainText("Saved at");
    const rows = await db.reflection.findMany({ where: { userId: learner.id } });
    expect(rows.map((r) => r.body)).toEqual(["Written on the train with no signal."]);
  });

  test("a closed tab during a server outage: the draft comes back and is saved", async ({
    context,
    signedInAs,
    db,
  }) => {
    const learner = await signedInAs("learner");
    // The outage is routed on the context, not the page: closing a tab hides
    // it, the editor tries once more, and a page-level route is already gone
    // by then, so that last try would reach the real server.
    const outage = "**/api/reflections/*";
    await context.route(outage, (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: "database unavailable" }),
      }),
    );
    const first = await context.newPage();
    const e = await openLesson(first);
    await e.text.fill("Typed while the server was down.");
    await expect(e.status).toContainText("Couldn’t save: database unavailable. Kept on this device, will retry.");
    // Closing hides the tab and the editor tries once more. Playwright stops
    // routing a page as it closes, so on a busy machine that try slipped past
    // the route to the real server. The outage goes on inside the page too.
    await first.evaluate(() => {
      const realFetch = window.fetch.bind(window);
      window.fetch = (input, init) =>
        String(input instanceof Request ? input.url : input).includes("/api/reflections/")
          ? Promise.resolve(
              new Response(JSON.stringify({ error: "database unavailable" }), {
                status: 503,
                headers: { "content-type": "application/json" },
              }),
            )
          : realFetch(input, init);
    });
    await first.close({ runBeforeUnload: false });
    await context.unroute(outage);
    expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(0);

    const second = await context.newPage();
    const back = await openLesson(second);
    await expect(back.text).toHaveValue("Typed while the server was down.");
    await expect(back.status).toContainText("Saved at");
    expect((await db.reflection.findMany({ where: { userId: learner.id } })).map((r) => r.body)).toEqual([
      "Typed while the server was down.",
    ]);
  });

  test("two tabs on one answer: the conflict is shown and both texts are kept", async ({ context, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    const id = await answerStartedElsewhere(db, learner.id);
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    const a = await openLesson(tabA);
    const b = await openLesson(tabB);
    await expect(b.text).toHaveValue("Start");

    await a.text.fill("Tab A's version");
    await expect(a.status).toContainText("Saved at");
    await b.text.fill("Tab B's version");
    await expect(b.status).toHaveText("Changed in another tab — choose below");
    const choice = b.root.getByRole("group", { name: "Two versions of this answer" });
    await expect(choice.getByText("Tab A's version")).toBeVisible();
    await expect(choice.getByText("Tab B's version")).toBeVisible();
    expect((await db.reflection.findUniqueOrThrow({ where: { id } })).body).toBe("Tab A's version");

    await choice.getByRole("button", { name: "Keep both as separate answers" }).click();
    await expect(b.status).toContainText("Saved at");
    const bodies = (await db.reflection.findMany({ where: { userId: learner.id } })).map((r) => r.body).sort();
    expect(bodies).toEqual(["Tab A's version", "Tab B's version"]);
  });

  test("a conflict while the signed-in parts could not load: both kept, and the choice comes once they do", async ({
    context,
    signedInAs,
    db,
  }) => {
    const learner = await signedInAs("learner");
    const id = await answerStartedElsewhere(db, learner.id);
    const a = await openLesson(await context.newPage());
    // Tab B gets the scripts its HTML names and no other: the chunk with
    // sharing, earlier answers and the conflict's choice fails to load.
    const tabB = await context.newPage();
    let named: string[] = [];
    await tabB.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (route.request().resourceType() === "document") {
        const response = await route.fetch();
        const html = await response.text();
        named = [...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]);
        return route.fulfill({ response, body: html });
      }
      if (
        url.pathname.startsWith("/_next/static/chunks/") &&
        url.pathname.endsWith(".js") &&
        !named.includes(url.pathname)
      )
        return route.abort();
      return route.fallback();
    });
    const b = await openLesson(tabB);
    await expect(b.text).toHaveValue("Start");

    await a.text.fill("Tab A's version");
    await expect(a.status).toContainText("Saved at");
    await b.text.fill("Tab B's version");
    await expect(b.status).toHaveText("Changed in another tab — choose below");
    await expect(b.root.getByRole("alert")).toContainText("Both versions are kept");
    expect((await db.reflection.findUniqueOrThrow({ where: { id } })).body).toBe("Tab A's version");

    // The connection is back: the parts load and the choice appears.
    await tabB.unrouteAll();
    await tabB.evaluate(() => window.dispatchEvent(new Event("online")));
    const choice = b.root.getByRole("group", { name: "Two versions of this answer" });
    await choice.getByRole("button", { name: "Keep both as separate answers" }).click();
    await expect(b.status).toContainText("Saved at");
    const bodies = (await db.reflection.findMany({ where: { userId: learner.id } })).map((r) => r.body).sort();
    expect(bodies).toEqual(["Tab A's version", "Tab B's version"]);
  });

  test("keeping this tab's version overwrites on purpose", async ({ context, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    const id = await answerStartedElsewhere(db, learner.id);
    const a = await openLesson(await context.newPage());
    const tabB = await context.newPage();
    const b = await openLesson(tabB);
    await a.text.fill("From A");
    await expect(a.status).toContainText("Saved at");
    await b.text.fill("From B");
    await b.root.getByRole("button", { name: "Keep this tab’s version" }).click();
    await expect(b.status).toContainText("Saved at");
    expect(await db.reflection.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: "From B", version: 3 });
  });

  test("written signed out, saved to the account after signing in", async ({ page, newUser, db }) => {
    const learner = await newUser("learner");
    await page.goto(LESSON);
    const e = editor(page);
    await e.text.fill("I wrote this before I had an account open.");
    await expect(e.status).toContainText("Kept on this device.");
    await e.status.getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email").fill(learner.email);
    await page.getByLabel("Password").fill(learner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
    const back = editor(page);
    await expect(back.text).toHaveValue("I wrote this before I had an account open.");
    await expect(back.status).toContainText("Saved at");
    expect((await db.reflection.findMany({ where: { userId: learner.id } })).map((r) => r.body)).toEqual([
      "I wrote this before I had an account open.",
    ]);
  });

  test("too long or only spaces: a clear message, and what was saved stays", async ({ page, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    const e = await openLesson(page);
    await e.text.fill("The saved answer.");
    await expect(e.status).toContainText("Saved at");

    await e.text.fill("x".repeat(10_001));
    await expect(e.status).toContainText("Couldn’t save: Answers can be up to 10,000 characters.");
    await expect(e.root.getByText("10,001 of 10,000 characters")).toBeVisible();
    await e.text.fill("   \n  ");
    await expect(e.status).toContainText("Couldn’t save: Write something first");
    const rows = await db.reflection.findMany({ where: { userId: learner.id } });
    expect(rows.map((r) => r.body)).toEqual(["The saved answer."]);
  });

  test("answer again: a new dated entry, with the earlier answer beside it", async ({ page, signedInAs, db }) => {
    const learner = await signedInAs("learner");
    const e = await openLesson(page);
    await e.text.fill("My first answer.");
    await expect(e.status).toContainText("Saved at");
    await e.root.getByRole("button", { name: "Answer again" }).click();
    await expect(e.text).toHaveValue("");
    await e.text.fill("My answer a week later.");
    await expect(e.status).toContainText("Saved at");
    await e.root.getByText("Your earlier answers (1)").click();
    await expect(e.root.getByText("My first answer.")).toBeVisible();

    await page.reload();
    const again = editor(page);
    await expect(again.text).toHaveValue("My answer a week later.");
    await expect(again.root.getByText("Your earlier answers (1)")).toBeVisible();
    expect(await db.reflection.count({ where: { userId: learner.id, promptId: PROMPT_ID } })).toBe(2);
  });

  test("text is shown as text, never as HTML", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    const e = await openLesson(page);
    const hostile = `<img src=x onerror="document.body.dataset.pwned='1'"><script>document.body.dataset.pwned='1'</script>`;
    await e.text.fill(hostile);
    await expect(e.status).toContainText("Saved at");
    await e.root.getByRole("button", { name: "Answer again" }).click();
    await e.root.getByText("Your earlier answers (1)").click();
    await expect(e.root.getByText(hostile)).toBeVisible();
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  });
});

test.describe("the save endpoint", () => {
  const body = (text: string, baseVersion = 0) => ({
    promptId: PROMPT_ID,
    lessonKey: LESSON_KEY,
    promptText: "What's your part?",
    body: text,
    baseVersion,
  });

  test("answers bad input with a clear 4xx and keeps what was saved", async ({ page, signedInAs, db, app }) => {
    const learner = await signedInAs("learner");
    const id = randomUUID();
    const url = `${app.url}/api/reflections/${id}`;
    const put = (data: string, headers: Record<string, string> = {}) =>
      page.request.put(url, { data: Buffer.from(data), headers: { "Content-Type": "application/json", ...headers } });

    expect((await put(JSON.stringify(body("Kept safe")))).status()).toBe(200);
    const cases: [string, Record<string, string>, number, RegExp][] = [
      ["{not json", {}, 400, /not valid JSON/],
      [JSON.stringify({ ...body("x"), baseVersion: "one" }), {}, 422, /./],
      [JSON.stringify(body("   ", 1)), {}, 422, /Write something first/],
      [JSON.stringify(body("y".repeat(10_001), 1)), {}, 422, /up to 10,000 characters/],
      [JSON.stringify(body("z".repeat(300_000), 1)), {}, 413, /too large/],
      [JSON.stringify({ ...body("x", 1), promptId: "no-such-prompt" }), {}, 422, /not part of the course/],
      [JSON.stringify({ ...body("x", 1), extra: true }), {}, 422, /./],
      [JSON.stringify(body("From elsewhere", 1)), { Origin: "https://evil.example" }, 403, /other sites/],
      [JSON.stringify(body("Stale", 0)), {}, 409, /./],
    ];
    for (const [data, headers, status, message] of cases) {
      const response = await put(data, headers);
      expect(response.status(), data.slice(0, 60)).toBe(status);
      const json = (await response.json()) as { error?: string; status?: string };
      expect(json.error ?? json.status ?? "").toMatch(message);
    }
    const text = await page.request.put(url, { data: Buffer.from("plain"), headers: { "Content-Type": "text/plain" } });
    expect(text.status()).toBe(415);
    expect((await db.reflection.findUniqueOrThrow({ where: { id } })).body).toBe("Kept safe");
    expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(1);
  });

  test("another learner cannot read or overwrite an entry, and signed-out requests are refused", async ({
    browser,
    app,
    signedInAs,
    db,
    page,
  }) => {
    const owner = await signedInAs("learner");
    const id = randomUUID();
    await db.reflection.create({
      data: {
        id,
        userId: owner.id,
        promptId: PROMPT_ID,
        lessonKey: LESSON_KEY,
        promptText: "What's your part?",
        body: "Mine",
      },
    });
    const anonymous = await browser.newContext();
    const signedOut = await anonymous.request.put(`${app.url}/api/reflections/${id}`, { data: body("Anon", 1) });
    expect(signedOut.status()).toBe(401);
    const list = await anonymous.request.get(`${app.url}/api/reflections?lesson=${LESSON_KEY}`);
    expect(list.status()).toBe(401);
    await anonymous.close();

    await page.context().clearCookies();
    await signedInAs("learner");
    for (const baseVersion of [0, 1]) {
      const response = await page.request.put(`${app.url}/api/reflections/${id}`, {
        data: body("Not yours", baseVersion),
      });
      expect(response.status()).toBe(404);
    }
    const theirs = await page.request.get(`${app.url}/api/reflections?lesson=${LESSON_KEY}`);
    expect(((await theirs.json()) as { entries: unknown[] }).entries).toEqual([]);
    expect((await db.reflection.findUniqueOrThrow({ where: { id } })).body).toBe("Mine");
  });
});
