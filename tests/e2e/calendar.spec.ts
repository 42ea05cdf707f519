// Due dates in a calendar app: the .ics download and the private
// subscription address on the account page, read back as a calendar app
// would read them (docs/decisions/034-calendar-feeds.md).
import type { APIRequestContext, Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { request as playwrightRequest } from "@playwright/test";
import { addDays, dayIn } from "../../lib/time/calendar";
import { parseIcs, unescapeText } from "../setup/ics";
import { seedCohort } from "./support/cohorts";
import { expect, expectAccessible, test } from "./support/fixtures";

const compact = (day: string) => day.replaceAll("-", "");
const calendarSection = (page: Page) => page.getByRole("region", { name: "Calendar" });

/** A calendar app: no cookies, just the address. */
async function calendarApp(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL });
}

async function makeLink(page: Page, button: "Make a calendar link" | "Replace link"): Promise<string> {
  const section = calendarSection(page);
  const before = (await section.getByLabel("Your calendar link").count())
    ? await section.getByLabel("Your calendar link").inputValue()
    : null;
  await section.getByRole("button", { name: button }).click();
  await expect(section.getByRole("status").first()).toContainText(
    button === "Replace link" ? "The old one has stopped working" : "Your calendar link is ready.",
  );
  const field = section.getByLabel("Your calendar link");
  if (before) await expect(field).not.toHaveValue(before);
  return field.inputValue();
}

test("a learner in a Tokyo cohort downloads the due date, subscribes, replaces the link and turns it off", async ({
  page,
  signedInAs,
  newUser,
  db,
  app,
}) => {
  const learner = await signedInAs("learner", { name: "Kenji Sato" });
  const facilitator = await newUser("facilitator");
  // Joined at 20:00 UTC yesterday: already today in Tokyo, still yesterday in UTC.
  const joinedAt = new Date(`${dayIn(new Date(Date.now() - 86_400_000), "UTC")}T20:00:00Z`);
  const cohort = await seedCohort(db, facilitator, {
    name: "Team Tokyo, Ops; and Support",
    timeZone: "Asia/Tokyo",
    learners: [{ user: learner, joinedAt }],
  });
  await db.assignment.create({
    data: { cohortId: cohort.id, moduleSlug: "check-yourself-first", dueDaysAfterJoin: 7 },
  });
  const dueDay = addDays(dayIn(joinedAt, "Asia/Tokyo"), 7);
  expect(dueDay, "the Tokyo day is not the UTC day").not.toBe(addDays(dayIn(joinedAt, "UTC"), 7));

  // From the dashboard, beside what is assigned, to the account page's Calendar section.
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Add due dates to your calendar" }).click();
  await expect(page).toHaveURL(/\/account#your-calendar$/);
  const section = calendarSection(page);
  await expect(section).toContainText("nothing you wrote is ever in it");
  await expect(section).toContainText("Anyone with the link can see these dates and module names");

  // The download: an .ics file holding the due day in Tokyo as an all-day date.
  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: "Download your calendar (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("it-takes-two.ics");
  const file = await readFile(await download.path(), "utf8");
  const { events } = parseIcs(file);
  expect(events).toHaveLength(1);
  const event = events[0]!;
  expect(event.get("DTSTART")).toMatchObject({ params: { VALUE: "DATE" }, value: compact(dueDay) });
  expect(file).toContain(`DTSTART;VALUE=DATE:${compact(dueDay)}`);
  expect(unescapeText(event.get("SUMMARY")!.value)).toMatch(/^Module \d: .+ — due \(Team Tokyo, Ops; and Support\)$/);
  expect(unescapeText(event.get("DESCRIPTION")!.value)).toContain("Due by the end of the day, Asia/Tokyo time.");
  expect(event.get("URL")?.value).toBe(`${app.url}/learn/check-yourself-first`);
  const headers = (await page.request.get("/api/calendar")).headers();
  expect(headers["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(headers["content-disposition"]).toBe('attachment; filename="it-takes-two.ics"');

  // Subscribing: the address works without a session.
  await expect(section).toContainText("You have no calendar link at the moment.");
  const first = await makeLink(page, "Make a calendar link");
  expect(first).toMatch(new RegExp(`^${app.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
  await expect(section.getByRole("link", { name: "Open it in your calendar app" })).toHaveAttribute(
    "href",
    first.replace(/^https?:/, "webcal:"),
  );
  await expectAccessible(page);
  const outside = await calendarApp(app.url);
  try {
    const subscribed = await outside.get(first);
    expect(subscribed.status()).toBe(200);
    expect(subscribed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(subscribed.headers()["cache-control"]).toMatch(/^private, max-age=\d+$/);
    const fed = parseIcs(await subscribed.text()).events;
    expect(fed.map((e) => e.get("DTSTART")?.value)).toEqual([compact(dueDay)]);
    expect(fed[0]!.get("UID")?.value).toBe(event.get("UID")?.value);

    // Shown once: after a reload only "on" is said, and the address is nowhere on the page.
    await page.reload();
    await expect(section).toContainText("Your calendar link is on");
    expect(await page.content()).not.toContain(first.split("/calendar/")[1]!);

    // Replaced: the old address answers 404 at once, the new one works.
    const second = await makeLink(page, "Replace link");
    expect(second).not.toBe(first);
    expect((await outside.get(first)).status()).toBe(404);
    expect((await outside.get(second)).status()).toBe(200);

    // Turned off: 404, and the page says so.
    await section.getByRole("button", { name: "Turn off" }).click();
    await expect(section.getByRole("status").first()).toContainText("Your calendar link is off");
    await expect(section.getByLabel("Your calendar link")).toHaveCount(0);
    await expect(section.getByRole("button", { name: "Make a calendar link" })).toBeVisible();
    const off = await outside.get(second);
    expect(off.status()).toBe(404);
    expect(await off.text()).toBe("Not found\n");
    expect(await db.calendarFeed.count({ where: { userId: learner.id } })).toBe(0);
  } finally {
    await outside.dispose();
  }
});

test("a facilitator's calendar holds their cohort's due dates and not another cohort's", async ({
  page,
  signedInAs,
  newUser,
  db,
  app,
}) => {
  const facilitator = await signedInAs("facilitator", { name: "Fatima Okafor" });
  const other = await newUser("facilitator");
  const [ana, ben, cy] = [await newUser("learner"), await newUser("learner"), await newUser("learner")];
  const joinedAt = new Date(Date.now() - 60_000);
  const mine = await seedCohort(db, facilitator, {
    name: "Night shift",
    timeZone: "America/Los_Angeles",
    learners: [
      { user: ana, joinedAt },
      { user: ben, joinedAt },
    ],
  });
  const theirs = await seedCohort(db, other, { name: "Day shift", learners: [{ user: cy }] });
  const fixed = addDays(dayIn(new Date(), "America/Los_Angeles"), 10);
  await db.assignment.createMany({
    data: [
      { cohortId: mine.id, moduleSlug: "check-yourself-first", dueDate: fixed },
      { cohortId: mine.id, moduleSlug: "trust-is-fragile", dueDaysAfterJoin: 5 },
      { cohortId: theirs.id, moduleSlug: "check-yourself-first", dueDate: addDays(fixed, 3) },
    ],
  });

  await page.goto("/facilitator");
  await page.getByRole("link", { name: "Add your cohorts’ due dates to your calendar" }).click();
  await expect(page).toHaveURL(/\/account#your-calendar$/);
  const link = await makeLink(page, "Make a calendar link");

  const outside = await calendarApp(app.url);
  try {
    const response = await outside.get(link);
    expect(response.status()).toBe(200);
    const text = await response.text();
    const events = parseIcs(text).events.map((e) => ({
      day: e.get("DTSTART")?.value,
      summary: unescapeText(e.get("SUMMARY")!.value),
    }));
    expect(events).toEqual(
      [
        {
          day: compact(addDays(dayIn(joinedAt, "America/Los_Angeles"), 5)),
          summary: expect.stringMatching(/due for 2 learners \(Night shift\)$/),
        },
        { day: compact(fixed), summary: expect.stringMatching(/^Module \d: .+ — due \(Night shift\)$/) },
      ].sort((a, b) => a.day.localeCompare(b.day)),
    );
    expect(text).not.toContain("Day shift");
    expect(text).not.toContain(compact(addDays(fixed, 3)));
  } finally {
    await outside.dispose();
  }
});

test("signed out, the download asks to sign in, and a made-up address answers 404", async ({ request }) => {
  const download = await request.get("/api/calendar");
  expect(download.status()).toBe(401);
  expect(await download.json()).toEqual({ error: "Please sign in to download your calendar." });
  const madeUp = await request.get(`/calendar/${"A".repeat(43)}.ics`);
  expect(madeUp.status()).toBe(404);
  expect(await madeUp.text()).toBe("Not found\n");
});
