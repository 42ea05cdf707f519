// Each module's printable worksheet (issue 14; decision 036): a static page
// anyone can open, reached from the module page, with the module's key ideas
// and every question, that prints on exactly one page, A4 and Letter.
import type { Page } from "@playwright/test";
import { getCourse } from "../../lib/course/catalog";
import { analyseLessonFile } from "../../lib/course/lesson-analysis";
import { worksheetOf } from "../../lib/course/worksheet";
import { expect, expectAccessible, test } from "./support/fixtures";

const course = getCourse();

/** How many pages the PDF has: its /Type /Page objects, leaving out the /Pages tree. */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function printedPages(page: Page): Promise<{ a4: number; letter: number }> {
  await page.emulateMedia({ media: "print" });
  const a4 = pageCount(await page.pdf({ format: "A4" }));
  const letter = pageCount(await page.pdf({ format: "Letter" }));
  await page.emulateMedia({ media: "screen" });
  return { a4, letter };
}

test("a module's worksheet is reached from the module page and shows its key ideas and every question", async ({
  page,
}) => {
  const courseModule = course.modules[1]!;
  const worksheet = worksheetOf(courseModule);
  await page.goto(courseModule.href);
  await page.getByRole("link", { name: "Printable worksheet" }).click();
  await expect(page).toHaveURL(`${courseModule.href}/worksheet`);
  await expect(page).toHaveTitle(`Worksheet: ${courseModule.title} · It Takes Two`);

  const sheet = page.getByRole("article", { name: courseModule.title });
  await expect(sheet.getByText(`${course.title} · Module ${courseModule.number} worksheet`)).toBeVisible();
  const ideas = sheet.getByRole("region", { name: "Key ideas" }).getByRole("listitem");
  await expect(ideas).toHaveCount(courseModule.lessons.length);
  for (const [index, lesson] of worksheet.lessons.entries()) {
    await expect(ideas.nth(index)).toContainText(`${lesson.order}. ${lesson.title}`);
    await expect(ideas.nth(index)).toContainText(lesson.keyIdeas[0]!.map((part) => part.text).join(""));
  }
  const questions = sheet.getByRole("region", { name: "Think and write" }).getByRole("listitem");
  await expect(questions).toHaveCount(worksheet.prompts.length);
  for (const [index, prompt] of worksheet.prompts.entries()) {
    await expect(questions.nth(index)).toContainText(`${index + 1}. ${prompt.prompt}`);
    if (prompt.hint) await expect(questions.nth(index)).toContainText(prompt.hint);
  }
  await expect(sheet.getByRole("heading", { name: "Your notes" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print the worksheet" })).toBeVisible();

  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: "light" });

  // Printed: the sheet alone, without the site's menus or the print button.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print the worksheet" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  await expect(sheet.getByRole("heading", { name: courseModule.title })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
});

test("every module's worksheet prints on one page, A4 and Letter, in either colour scheme", async ({ page }) => {
  for (const courseModule of course.modules) {
    await page.goto(`${courseModule.href}/worksheet`);
    await expect(page.getByRole("heading", { level: 1, name: courseModule.title })).toBeVisible();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await printedPages(page), `${courseModule.slug} worksheet, ${colorScheme}`).toEqual({
        a4: 1,
        letter: 1,
      });
    }
    await page.emulateMedia({ colorScheme: "light" });
  }
});

test("a worksheet is the same for everyone, keeps facilitator notes out, and an unknown module has none", async ({
  page,
  signedInAs,
}) => {
  const response = await page.request.get("/learn/no-such-module/worksheet");
  expect(response.status()).toBe(404);
  await signedInAs("learner");
  const courseModule = course.modules[0]!;
  await page.goto(courseModule.href);
  await expect(page.getByRole("link", { name: "Printable worksheet" })).toHaveAttribute(
    "href",
    `${courseModule.href}/worksheet`,
  );
  await page.goto(`${courseModule.href}/worksheet`);
  await expect(page.getByRole("heading", { level: 1, name: courseModule.title })).toBeVisible();
  // The facilitator notes of the module's lessons never reach the worksheet's HTML.
  const html = await (await page.request.get(`${courseModule.href}/worksheet`)).text();
  const notes = courseModule.lessons.flatMap((lesson) => analyseLessonFile(lesson.file).facilitatorNotes);
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) expect(html).not.toContain(note.slice(0, 60));
});
