import { randomUUID } from "node:crypto";
import type { Blockquote, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { exportEntries, toJson, toMarkdown, type JournalExport } from "./export";

let counter = 0;

async function learner(name: string): Promise<SessionUser> {
  counter += 1;
  const id = `${name.toLowerCase().replace(/[^a-z]/g, "")}-${counter}-${randomUUID().slice(0, 8)}`;
  const email = `${id}@example.org`;
  await db().user.create({ data: { id, name, email } });
  return { id, name, email, role: "learner" };
}

async function write(
  who: SessionUser,
  body: string,
  options: { promptId?: string; lessonKey?: string; promptText?: string; at?: Date; shared?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  const at = options.at ?? new Date("2026-03-02T10:00:00Z");
  await db().reflection.create({
    data: {
      id,
      userId: who.id,
      promptId: options.promptId ?? "whats-your-part",
      lessonKey: options.lessonKey ?? "check-yourself-first/whats-your-part",
      promptText: options.promptText ?? "What's your part?",
      body,
      createdAt: at,
      updatedAt: at,
    },
  });
  if (options.shared) {
    // Shared with a cohort of the learner's, run by Priya Raman.
    const priya = await facilitator();
    await db().cohort.create({
      data: {
        name: "Support team",
        facilitators: { create: { userId: priya.id } },
        members: { create: { userId: who.id } },
        shares: { create: { reflectionId: id, sharedAt: at } },
      },
    });
  }
  return id;
}

let priya: Promise<SessionUser> | undefined;
function facilitator(): Promise<SessionUser> {
  priya ??= learner("Priya Raman").then((user) => ({ ...user, role: "facilitator" as const }));
  return priya;
}

/** A reply, written in the cohort the entry is shared with (if any). */
async function reply(to: string, author: SessionUser, body: string, at: Date): Promise<void> {
  const share = await db().reflectionShare.findFirst({ where: { reflectionId: to }, select: { cohortId: true } });
  await db().reflectionReply.create({
    data: { reflectionId: to, authorId: author.id, cohortId: share?.cohortId ?? null, body, createdAt: at },
  });
}

function parse(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown);
}

function all(node: Nodes, type: string): Nodes[] {
  const found: Nodes[] = node.type === type ? [node] : [];
  if ("children" in node) for (const child of node.children) found.push(...all(child, type));
  return found;
}

function only(data: JournalExport, body: string): JournalExport {
  return { ...data, entries: data.entries.filter((e) => e.body === body) };
}

describe("exporting a journal", () => {
  it("holds exactly the learner's own entries, with titles, dates, visibility and earlier versions", async () => {
    const ana = await learner("Ana");
    const ben = await learner("Ben");
    const part = await write(ana, "My part was the silence.", { shared: true });
    const first = await write(ana, "She remembered my deadline.", {
      promptId: "small-things-that-built-trust",
      lessonKey: "trust-is-fragile/what-trust-is-made-of",
      promptText: "An older wording of the question",
      at: new Date("2026-03-05T10:00:00Z"),
    });
    const removed = await write(ana, "From a lesson that is gone.", {
      promptId: "gone-question",
      lessonKey: "gone/lesson",
      promptText: "A removed question",
    });
    await db().reflectionRevision.create({
      data: { reflectionId: part, version: 1, body: "My part was nothing.", savedAt: new Date("2026-03-01T09:00:00Z") },
    });
    await write(ben, "Ben's private answer.");

    const data = await exportEntries(ana, new Date("2026-04-01T12:00:00Z"));
    expect(data.exportedAt).toBe("2026-04-01T12:00:00.000Z");
    expect(data.learner).toEqual({ name: "Ana", email: ana.email });
    expect(data.entries.map((e) => e.id)).toEqual([first, part, removed]);
    expect(data.entries[0]).toMatchObject({
      module: { number: 1, title: "Trust is fragile" },
      prompt: "An older wording of the question",
      currentPrompt: expect.stringContaining("Think of someone at work you trust") as unknown,
      shared: false,
      sharedWith: [],
      visibility: "Only you can see this.",
      createdAt: "2026-03-05T10:00:00.000Z",
      revisions: [],
    });
    expect(data.entries[1]).toMatchObject({
      module: { number: 2, title: "Check yourself first" },
      lesson: { key: "check-yourself-first/whats-your-part" },
      shared: true,
      sharedWith: [{ cohort: "Support team", sharedAt: "2026-03-02T10:00:00.000Z" }],
      visibility: "You and Priya Raman (facilitator of Support team) can see this.",
      revisions: [{ version: 1, body: "My part was nothing.", savedAt: "2026-03-01T09:00:00.000Z" }],
    });
    expect(data.entries[2]).toMatchObject({ module: null, currentPrompt: null, prompt: "A removed question" });

    const json = toJson(data);
    expect(JSON.parse(json)).toEqual(data);
    expect(json).not.toContain("Ben's private answer");
    const markdown = toMarkdown(data);
    expect(markdown).toContain("My part was the silence.");
    expect(markdown).toContain(
      "**Answered March 2, 2026** · You and Priya Raman (facilitator of Support team) can see this.",
    );
    expect(markdown).toContain("**Answered March 5, 2026** · Only you can see this.");
    expect(markdown).toContain("The question then read: An older wording of the question");
    expect(markdown).not.toContain("Ben's private answer");

    const bens = await exportEntries(ben);
    expect(bens.entries.map((e) => e.body)).toEqual(["Ben's private answer."]);
    expect(await exportEntries(await learner("Cy"))).toMatchObject({ entries: [] });
  });

  it("keeps a hostile answer inside its quote in the Markdown", async () => {
    const dee = await learner("<img src=x onerror=alert(1)> Dee");
    const hostile = [
      "# heading",
      "<script>alert(1)</script>",
      "---",
      "",
      "===",
      "1. not a list",
      "- nor this",
      "> nor a nested quote",
      "```",
      "[a link](javascript:alert(1)) and <b>bold</b> and \\<i> and &lt;",
      "trailing backslash \\",
    ].join("\n");
    await write(dee, hostile, { promptText: "<em>reworded</em>\n# and a heading" });
    const markdown = toMarkdown(only(await exportEntries(dee), hostile));
    const tree = parse(markdown);

    // Nothing became HTML, a rule, a list or code, anywhere in the file.
    for (const type of ["html", "thematicBreak", "list", "code", "inlineCode", "link"]) {
      expect(all(tree, type), `${type} nodes`).toEqual([]);
    }
    // Our headings only: title, module, lesson, question.
    const headings = all(tree, "heading").map((h) => toString(h));
    expect(headings).toEqual([
      "Your journal from It Takes Two",
      "Module 2: Check yourself first",
      expect.any(String),
      "What's your part?",
    ]);
    // The whole answer is one block quote, showing the characters as typed, line by line.
    const quotes = all(tree, "blockquote") as Blockquote[];
    expect(quotes).toHaveLength(1);
    const quoted = toString(quotes[0]!, { includeHtml: false });
    for (const line of hostile.split("\n").filter((l) => l.trim() !== "")) {
      expect(quoted).toContain(line);
    }
    expect(all(quotes[0]!, "heading")).toEqual([]);
    // Every line of the answer starts with "> " in the file itself.
    const start = markdown.indexOf("> \\# heading");
    const block = markdown.slice(start).split("\n\n")[0]!.trimEnd().split("\n");
    expect(block).toHaveLength(hostile.split("\n").length);
    for (const line of block) expect(line.startsWith(">")).toBe(true);
    // The learner's name and the stored wording are plain text too.
    expect(toString(tree)).toContain("<img src=x onerror=alert(1)> Dee");
    expect(toString(tree)).toContain("The question then read: <em>reworded</em> # and a heading");
  });

  it("includes facilitators' replies to the learner's own entries, and only theirs", async () => {
    const eve = await learner("Eve");
    const finn = await learner("Finn");
    const gail = { ...(await learner("Gail Facilitator")), role: "facilitator" as const };
    const shared = await write(eve, "I stopped answering his messages.", { shared: true });
    const quiet = await write(eve, "Nobody replied to this one.");
    await reply(shared, gail, "Thank you for naming it.", new Date("2026-03-03T09:00:00Z"));
    await reply(shared, gail, "What might a first message look like?", new Date("2026-03-04T09:00:00Z"));
    const finns = await write(finn, "Finn's shared answer.", { shared: true });
    await reply(finns, gail, "A reply meant for Finn only.", new Date("2026-03-03T10:00:00Z"));

    const data = await exportEntries(eve, new Date("2026-04-01T12:00:00Z"));
    expect(data.entries.find((e) => e.id === shared)?.replies).toEqual([
      {
        authorName: "Gail Facilitator",
        cohort: "Support team",
        body: "Thank you for naming it.",
        createdAt: "2026-03-03T09:00:00.000Z",
      },
      {
        authorName: "Gail Facilitator",
        cohort: "Support team",
        body: "What might a first message look like?",
        createdAt: "2026-03-04T09:00:00.000Z",
      },
    ]);
    expect(data.entries.find((e) => e.id === quiet)?.replies).toEqual([]);
    expect(JSON.parse(toJson(data))).toEqual(data);
    expect(toJson(data)).not.toContain("meant for Finn");

    const markdown = toMarkdown(data);
    expect(markdown).toContain("Replies from your facilitators follow the answer they reply to");
    expect(markdown).toContain(
      "*Reply from Gail Facilitator (Support team), March 3, 2026:*\n\n> Thank you for naming it.",
    );
    expect(markdown).toContain("*Reply from Gail Facilitator (Support team), March 4, 2026:*");
    // Replies sit under the answer they reply to.
    expect(markdown.indexOf("I stopped answering")).toBeLessThan(markdown.indexOf("Thank you for naming it."));
    expect(markdown).not.toContain("meant for Finn");

    // Finn's export has his reply and nothing of Eve's; a third learner's has none.
    const finnsExport = await exportEntries(finn);
    expect(finnsExport.entries.flatMap((e) => e.replies.map((r) => r.body))).toEqual(["A reply meant for Finn only."]);
    expect(toJson(finnsExport)).not.toContain("Thank you for naming it");
    expect(toMarkdown(finnsExport)).not.toContain("Thank you for naming it");
    expect(toMarkdown(await exportEntries(await learner("Hal")))).not.toContain("Reply from");
  });

  it("keeps a hostile reply, and a hostile facilitator name, as text in the Markdown", async () => {
    const ivy = await learner("Ivy");
    const mallory = { ...(await learner("**Mal** <img src=x onerror=alert(1)>")), role: "facilitator" as const };
    const hostile = [
      "# heading",
      "<script>alert(1)</script>",
      "---",
      "",
      "1. not a list",
      "> not a nested quote",
      "```",
      "[a link](javascript:alert(1)) and <b>bold</b>",
    ].join("\n");
    const entry = await write(ivy, "A calm answer.", { shared: true });
    await reply(entry, mallory, hostile, new Date("2026-03-03T09:00:00Z"));
    const markdown = toMarkdown(only(await exportEntries(ivy), "A calm answer."));
    const tree = parse(markdown);

    for (const type of ["html", "thematicBreak", "list", "code", "inlineCode", "link"]) {
      expect(all(tree, type), `${type} nodes`).toEqual([]);
    }
    // The only bold text is our own "Answered …" line; the name's "**" stays as typed.
    expect(all(tree, "strong").map((n) => toString(n))).toEqual(["Answered March 2, 2026"]);
    expect(all(tree, "heading").map((h) => toString(h))).toEqual([
      "Your journal from It Takes Two",
      "Module 2: Check yourself first",
      expect.any(String),
      "What's your part?",
    ]);
    // The answer and the reply are two separate quotes; the reply's quote holds every line as typed.
    const quotes = all(tree, "blockquote") as Blockquote[];
    expect(quotes).toHaveLength(2);
    expect(toString(quotes[0]!)).toBe("A calm answer.");
    const quoted = toString(quotes[1]!, { includeHtml: false });
    for (const line of hostile.split("\n").filter((l) => l.trim() !== "")) {
      expect(quoted).toContain(line);
    }
    expect(all(quotes[1]!, "blockquote")).toHaveLength(1);
    expect(toString(tree)).toContain("Reply from **Mal** <img src=x onerror=alert(1)> (Support team), March 3, 2026:");
  });
});

describe("dates in the export", () => {
  it("are days in the learner's own zone, and say which zone", async () => {
    const kai = { ...(await learner("Kai")), timeZone: "Pacific/Auckland" };
    // 20:00 UTC on 2 March is the morning of 3 March in Auckland.
    await write(kai, "Written on a Tuesday morning.", { at: new Date("2026-03-02T20:00:00Z") });
    const data = await exportEntries(kai, new Date("2026-04-01T12:00:00Z"));
    expect(data.timeZone).toBe("Pacific/Auckland");
    const markdown = toMarkdown(data);
    expect(markdown).toContain("**Answered March 3, 2026**");
    expect(markdown).toContain("on April 2, 2026. Dates are days in Pacific/Auckland time.");

    const noZone = await exportEntries(await learner("Uma"));
    expect(noZone.timeZone).toBe("UTC");
    expect(toMarkdown(noZone)).toContain("Dates are days in UTC time.");
  });
});
