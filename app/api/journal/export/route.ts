// GET /api/journal/export?format=md|json — everything the signed-in learner
// wrote, as a file to keep. Only their own entries; never cached.
import { NextResponse } from "next/server";
import { z } from "zod";
import { jsonRoute } from "@/lib/http/json-route";
import { exportEntries, toJson, toMarkdown } from "@/lib/reflections/export";

const ExportQuerySchema = z.object({
  format: z
    .enum(["md", "json"], { message: "Choose a format: format=md for Markdown or format=json for JSON." })
    .default("md"),
});

const FORMATS = {
  md: { type: "text/markdown; charset=utf-8", render: toMarkdown },
  json: { type: "application/json; charset=utf-8", render: toJson },
} as const;

export const GET = jsonRoute({
  name: "journal.export",
  access: "signed-in",
  schema: ExportQuerySchema,
  source: "query",
  handler: async ({ input, user }) => {
    const data = await exportEntries(user);
    const format = FORMATS[input.format];
    const fileName = `it-takes-two-journal-${data.exportedAt.slice(0, 10)}.${input.format}`;
    return new NextResponse(format.render(data), {
      headers: {
        "Content-Type": format.type,
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
