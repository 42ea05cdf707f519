import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getUser } from "@/lib/auth/session";
import { facilitatorNotesFor } from "@/lib/course/facilitator-notes";

const QuerySchema = z.object({ lesson: z.string().min(1).max(300) });
const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const query = QuerySchema.safeParse({ lesson: request.nextUrl.searchParams.get("lesson") ?? "" });
  if (!query.success) {
    return NextResponse.json(
      { error: "Say which lesson: ?lesson=/learn/<module>/<lesson>." },
      { status: 400, headers: PRIVATE },
    );
  }
  const user = await getUser();
  if (!user)
    return NextResponse.json(
      { error: "Sign in as a facilitator to read these notes." },
      { status: 401, headers: PRIVATE },
    );
  const notes = facilitatorNotesFor(user, query.data.lesson);
  if (notes === "forbidden") {
    return NextResponse.json(
      { error: "Facilitator notes are for facilitators and admins." },
      { status: 403, headers: PRIVATE },
    );
  }
  if (!notes) return NextResponse.json({ error: "There is no such lesson." }, { status: 404, headers: PRIVATE });
  return NextResponse.json(notes, { headers: PRIVATE });
}
