// The floor: the least a server can do and still give the same answers as
// the app for the bench's signed-in figures (docs/decisions/049-bench-floors.md).
// Plain node:http, no framework. Run by floor.ts as
//   node --conditions=react-server --import tsx floor-app.ts --port <n>
// (react-server only so that lib/'s `import "server-only"` loads outside Next).
//
// - PUT /api/reflections/:id: the session cookie's signature checked, the
//   session and its user read in one statement (the join better-auth makes),
//   then the same owner- and version-checked UPDATE the app's quick path runs
//   (lib/reflections/reflections.ts), through the driver under our Prisma
//   adapter: @libsql/client for SQLite, pg for PostgreSQL.
// - GET /dashboard: the same session lookup, then the same lib functions the
//   page calls (dashboardFor, markNudgesRead), rendered with a template string.
// - GET /journal and GET /facilitator/cohorts/:id (decision 052): likewise,
//   the lib functions app/(journal)/journal/page.tsx and
//   app/(facilitator)/facilitator/cohorts/[cohortId]/page.tsx call, in the
//   same order, with the page's default filters, rendered with template strings.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createClient } from "@libsql/client";
import pg from "pg";
import type { SessionUser } from "../../../lib/auth/session";
import { hasRole } from "../../../lib/auth/roles";
import { getCohort } from "../../../lib/cohorts/cohorts";
import { STATUS_LABELS } from "../../../lib/cohorts/due";
import { arrangeLearners, attentionCounts, LESSON_STATE_LABELS, SORT_LABELS } from "../../../lib/cohorts/grid";
import { markNudgesRead } from "../../../lib/cohorts/nudges";
import { cohortProgress } from "../../../lib/cohorts/progress";
import { markRepliesRead } from "../../../lib/cohorts/shared-reflections";
import { visibilityLabel } from "../../../lib/cohorts/visibility";
import { getCourse } from "../../../lib/course/catalog";
import { dashboardFor } from "../../../lib/dashboard/dashboard";
import { SQLITE_BUSY_TIMEOUT_MS, providerOf, sqliteFilePath } from "../../../lib/db/client";
import { NotFoundError } from "../../../lib/errors/errors";
import { myLookBacks } from "../../../lib/lookbacks/look-backs";
import { unreadSharedByCohort } from "../../../lib/notifications/notifications";
import { journal } from "../../../lib/reflections/journal";
import { idsInGroups, journalExtras, unreadReplyEntryIds } from "../../../lib/reflections/journal-extras";
import { REVISION_GAP_MS, SAVE_BODY_MAX_BYTES } from "../../../lib/reflections/limits";
import {
  dueText,
  formatDate,
  formatDateTime,
  formatDay,
  formatShortDate,
  formatShortDay,
} from "../../../lib/time/format";

const COOKIE = "itt.session_token";
const ROLES = new Set(["learner", "facilitator", "admin"]);

type Row = Record<string, unknown>;
type Sql = { query: (sql: string, args: unknown[]) => Promise<Row[]>; time: (date: Date) => unknown };

/** The same driver our Prisma adapter wraps, with the same settings (lib/db/client.ts). */
async function openDatabase(url: string): Promise<Sql> {
  if (providerOf(url) === "sqlite") {
    const client = createClient({ url: `file:${sqliteFilePath(url)}` });
    await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    await client.execute("PRAGMA foreign_keys = ON");
    return {
      query: async (sql, args) => (await client.execute({ sql, args: args as never })).rows,
      // The adapter stores DateTime as ISO 8601 text with "+00:00" (its default timestampFormat).
      time: (date) => date.toISOString().replace("Z", "+00:00"),
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    query: async (sql, args) => {
      let n = 0;
      return (
        await pool.query(
          sql.replace(/\?/g, () => `$${++n}`),
          args,
        )
      ).rows as Row[];
    },
    time: (date) => date,
  };
}

const secret = process.env.AUTH_SECRET ?? "";
const sql = await openDatabase(process.env.DATABASE_URL ?? "");

/** The token of a signed session cookie, as better-auth checks it (HMAC-SHA256, base64). */
export function tokenFromCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (part.slice(0, eq).trim() !== COOKIE) continue;
    const value = decodeURIComponent(part.slice(eq + 1).trim());
    const dot = value.lastIndexOf(".");
    if (dot < 1) return null;
    const token = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1), "base64");
    const expected = createHmac("sha256", secret).update(token).digest();
    return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
  }
  return null;
}

/** The session and its user in one statement, refused when expired or disabled (as getUser() does). */
async function currentUser(req: IncomingMessage): Promise<SessionUser | null> {
  const token = tokenFromCookie(req.headers.cookie);
  if (!token) return null;
  const [row] = await sql.query(
    `SELECT s."expiresAt", u."id", u."name", u."email", u."role", u."disabledAt", u."timeZone"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."token" = ?`,
    [token],
  );
  if (
    !row ||
    new Date(String(row.expiresAt instanceof Date ? row.expiresAt.toISOString() : row.expiresAt)) <= new Date()
  )
    return null;
  if (row.disabledAt || !ROLES.has(String(row.role))) return null;
  return {
    id: String(row.id),
    name: String(row.name),
    email: String(row.email),
    role: row.role as SessionUser["role"],
    timeZone: typeof row.timeZone === "string" ? row.timeZone : null,
  };
}

function send(res: ServerResponse, status: number, body: string, type = "application/json"): void {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "cache-control": "private, no-store",
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > SAVE_BODY_MAX_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

type SaveInput = { promptId: string; lessonKey: string; promptText: string; body: string; baseVersion: number };

function parseSave(text: string): SaveInput | null {
  try {
    const v = JSON.parse(text) as Partial<SaveInput>;
    const strings = [v.promptId, v.lessonKey, v.promptText, v.body].every((s) => typeof s === "string");
    return strings && Number.isInteger(v.baseVersion) && (v.baseVersion ?? -1) >= 0 ? (v as SaveInput) : null;
  } catch {
    return null;
  }
}

const ENTRY = `"id", "promptId", "lessonKey", "promptText", "body", "version", "createdAt", "updatedAt"`;

async function save(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const user = await currentUser(req);
  if (!user) return send(res, 401, JSON.stringify({ error: "Please sign in first." }));
  const text = await readBody(req);
  const input = text === null ? null : parseSave(text);
  if (!input) return send(res, 422, JSON.stringify({ error: "The request is not valid." }));
  const now = new Date();
  const saved = (entry: Row | undefined) => send(res, 200, JSON.stringify({ status: "saved", entry }));
  if (input.baseVersion > 0) {
    // The app's quick path: one statement, every condition in the WHERE clause.
    const [row] = await sql.query(
      `UPDATE "Reflection" SET "body" = ?, "version" = "version" + 1, "updatedAt" = ?
       WHERE "id" = ? AND "userId" = ? AND "version" = ? AND "body" <> ? AND "updatedAt" > ? RETURNING ${ENTRY}`,
      [
        input.body,
        sql.time(now),
        id,
        user.id,
        input.baseVersion,
        input.body,
        sql.time(new Date(now.getTime() - REVISION_GAP_MS)),
      ],
    );
    if (row) return saved(row);
  }
  // The full path, as rare in the bench as in the app: a new entry, a retry, a conflict.
  const [current] = await sql.query(`SELECT ${ENTRY} FROM "Reflection" WHERE "id" = ? AND "userId" = ?`, [id, user.id]);
  if (!current) {
    if (input.baseVersion !== 0) return send(res, 404, JSON.stringify({ error: "There is no such entry." }));
    const [created] = await sql.query(
      `INSERT INTO "Reflection" ("id", "userId", "promptId", "lessonKey", "promptText", "body", "version", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING ${ENTRY}`,
      [id, user.id, input.promptId, input.lessonKey, input.promptText, input.body, sql.time(now), sql.time(now)],
    );
    return saved(created);
  }
  if (Number(current.version) !== input.baseVersion || current.body === input.body) {
    return current.body === input.body
      ? saved(current)
      : send(res, 409, JSON.stringify({ status: "conflict", entry: current }));
  }
  const [row] = await sql.query(
    `UPDATE "Reflection" SET "body" = ?, "version" = "version" + 1, "updatedAt" = ?
     WHERE "id" = ? AND "userId" = ? AND "version" = ? RETURNING ${ENTRY}`,
    [input.body, sql.time(now), id, user.id, input.baseVersion],
  );
  return row ? saved(row) : send(res, 409, JSON.stringify({ status: "conflict", entry: current }));
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const h = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

async function dashboard(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const learner = await currentUser(req);
  if (!learner) {
    res.writeHead(307, { location: "/sign-in?redirectTo=%2Fdashboard" });
    return void res.end();
  }
  const { assignments, cohorts, nudges, newReplies, sharedCounts, progress, lookBacksDue } =
    await dashboardFor(learner);
  await markNudgesRead(
    learner,
    nudges.filter((n) => n.unread).map((n) => n.id),
  );
  const zone = learner.timeZone;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Your dashboard</title></head><body><main>
<h1>Hello, ${h(learner.name)}</h1><p>Here is where you left off, and what is assigned to you.</p>
<section><h2>Continue</h2><p>${progress.course.completed} of ${progress.course.total} lessons done</p></section>
${lookBacksDue.length ? `<section><h2>Time to look back</h2><ul>${lookBacksDue.map((l) => `<li>${h(l.entry.promptText)}</li><li>${h(l.entry.body.slice(0, 200))}</li>`).join("")}</ul></section>` : ""}
${nudges.length ? `<section><h2>Messages from your facilitators</h2><ul>${nudges.map((n) => `<li><p>${h(n.message)}</p><p>${h(n.fromName)}, ${h(n.cohortName)} · ${h(formatDate(n.createdAt, zone))}</p></li>`).join("")}</ul></section>` : ""}
<section><h2>Assigned to you</h2><ol>${assignments
    .map(
      (a) =>
        `<li><h3>Module ${a.moduleNumber}: ${h(a.moduleTitle)}</h3><span>${h(STATUS_LABELS[a.status])}</span>` +
        `<p>${h(a.cohortName)} · ${h(a.facilitators.join(", "))} · ${a.due ? `<time datetime="${a.due.at.toISOString()}">${h(dueText({ day: a.due.day, cohortZone: a.cohortTimeZone, readerZone: zone }))}</time>` : "No due date"}</p>` +
        `<progress max="${a.total}" value="${a.completed}"></progress><a href="${h(a.continueHref)}">Continue</a></li>`,
    )
    .join("")}</ol></section>
<section><h2>Your journal</h2><p>${newReplies} new replies</p></section>
<section><h2>Your cohorts</h2><ul>${cohorts
    .map(
      (c) =>
        `<li><p>${h(c.name)}</p><p>Facilitated by ${h(c.facilitators.join(", "))} · joined ${h(formatDate(c.joinedAt, zone))}</p><p>${sharedCounts.get(c.id) ?? 0} shared</p></li>`,
    )
    .join("")}</ul></section></main></body></html>`;
  send(res, 200, html, "text/html; charset=utf-8");
}

function signIn(res: ServerResponse, path: string): void {
  res.writeHead(307, { location: `/sign-in?redirectTo=${encodeURIComponent(path)}` });
  res.end();
}

const plural = (count: number, one: string) => `${count} ${count === 1 ? one : `${one}s`}`;

/** The journal page's work with its default filters (by lesson, page 1): the same lib calls, in the same order. */
async function journalPage(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const user = await currentUser(req);
  if (!user) return signIn(res, "/journal");
  const data = await journal(user, { q: "", module: undefined, visibility: undefined, page: 1 });
  const [extras, lookBacks] = await Promise.all([journalExtras(user, idsInGroups(data.groups)), myLookBacks(user)]);
  await markRepliesRead(user, unreadReplyEntryIds(extras));
  const zone = user.timeZone;
  const first = (data.page - 1) * data.perPage + 1;
  const last = Math.min(data.page * data.perPage, data.total);
  const modules = getCourse().modules;
  const lookBackItems = [...lookBacks.due, ...lookBacks.upcoming, ...lookBacks.done]
    .map((l) => `<li>${h(formatDay(l.day))}: ${h(l.entry.promptText)} (${h(formatDate(l.entry.createdAt, zone))})</li>`)
    .join("");
  const entry = (e: (typeof data.groups)[number]["lessons"][number]["prompts"][number]["entries"][number]) => {
    const replies = extras.replies.get(e.id) ?? [];
    const lookBack = extras.lookBacks.get(e.id);
    return (
      `<li><p>Answered <time datetime="${e.createdAt.toISOString()}">${h(formatDateTime(e.createdAt, zone))}</time>` +
      ` <span>${h(visibilityLabel(extras.sharedWith.get(e.id) ?? []))}</span></p>` +
      (e.place.inCourse && e.promptText !== e.place.promptText
        ? `<p>The question then read: ${h(e.promptText)}</p>`
        : "") +
      `<p>${h(e.body)}</p>` +
      (replies.length
        ? `<ul>${replies.map((r) => `<li>${r.read ? "" : "New "}${h(r.authorName)}${r.cohortName ? ` (${h(r.cohortName)})` : ""}, ${h(formatDate(r.createdAt, zone))}<p>${h(r.body)}</p></li>`).join("")}</ul>`
        : "") +
      `<form method="post"><select name="cohortId">${extras.cohorts.map((c) => `<option value="${h(c.id)}">${h(c.name)}</option>`).join("")}</select><button>Share</button></form>` +
      (lookBack
        ? `<p>Look back on ${h(formatDay(lookBack.day))}</p>`
        : `<a href="/journal/look-back?entry=${h(e.id)}">Look back later</a>`) +
      `</li>`
    );
  };
  const groups = data.groups
    .map(
      (g) =>
        `<section><h2>${h(g.number === null ? g.title : `Module ${g.number}: ${g.title}`)}</h2>${g.lessons
          .map(
            (l) =>
              `<h3>${h(l.title)}</h3>${l.prompts
                .map(
                  (p) =>
                    `<h4><a href="/journal/prompt/${h(p.promptId)}">${h(p.promptText)}</a></h4>` +
                    `${p.inCourse ? "" : "<p>This question is no longer in the course.</p>"}<ul>${p.entries.map(entry).join("")}</ul>`,
                )
                .join("")}`,
          )
          .join("")}</section>`,
    )
    .join("");
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Your journal</title></head><body><main>
<h1>Your journal</h1>
${lookBackItems ? `<section><h2>Look-backs</h2><ul>${lookBackItems}</ul></section>` : ""}
<form><input name="q" value="${h(data.filters.q)}"><select name="module"><option value="">Every module (${data.counts.visibility.all})</option>${modules.map((m) => `<option value="${h(m.slug)}">Module ${m.number}: ${h(m.title)}</option>`).join("")}</select>
<select name="visibility"><option>All (${data.counts.visibility.all})</option><option>Private (${data.counts.visibility.private})</option><option>Shared (${data.counts.visibility.shared})</option></select></form>
<p>${data.total === 1 ? "Showing your one matching answer." : data.pageCount === 1 ? `Showing all ${data.total} answers.` : `Showing answers ${first} to ${last} of ${data.total}.`}</p>
${groups}
<nav>Page ${data.page} of ${data.pageCount}</nav></main></body></html>`;
  send(res, 200, html, "text/html; charset=utf-8");
}

/** The facilitator's cohort overview with its default view (by name, everyone, page 1). */
async function cohortPage(req: IncomingMessage, res: ServerResponse, cohortId: string): Promise<void> {
  const path = `/facilitator/cohorts/${encodeURIComponent(cohortId)}`;
  const facilitator = await currentUser(req);
  if (!facilitator) return signIn(res, path);
  if (!hasRole(facilitator.role, "facilitator")) return send(res, 403, "Forbidden", "text/plain");
  let cohort;
  try {
    cohort = await getCohort(facilitator, cohortId);
  } catch (error) {
    if (error instanceof NotFoundError) return send(res, 404, "Not found", "text/plain");
    throw error;
  }
  const [progress, newShares] = await Promise.all([
    cohortProgress(facilitator, cohortId),
    unreadSharedByCohort(facilitator),
  ]);
  const counts = attentionCounts(progress);
  const shared = newShares.get(cohort.id) ?? 0;
  const arranged = arrangeLearners(progress.learners, "name", false);
  const shown = arranged.slice(0, 50);
  const zone = facilitator.timeZone;
  const head = progress.lessons
    .map((l) => `<th scope="col" title="${h(l.title)}">${l.moduleNumber}.${l.number}</th>`)
    .join("");
  const rows = shown
    .map(
      (learner) =>
        `<tr><th scope="row"><a href="${path}/learners/${h(encodeURIComponent(learner.userId))}">${h(learner.name)}</a>` +
        `<span>${learner.lessonsDone} of ${plural(progress.lessons.length, "lesson")} · ${learner.lastActivity ? `active ${h(formatShortDate(learner.lastActivity, zone))}` : "not active yet"}</span>` +
        `${learner.attention.length ? `<span>${h(learner.attention.map((a) => a.text).join(" · "))}</span>` : ""}</th>` +
        learner.lessons
          .map(
            (cell) =>
              `<td data-state="${cell.state}"><span>${LESSON_STATE_LABELS[cell.state]}</span>${cell.completedAt ? `<time datetime="${cell.completedAt.toISOString()}" title="${h(formatDate(cell.completedAt, zone))}">${h(formatShortDate(cell.completedAt, zone))}</time>` : ""}</td>`,
          )
          .join("") +
        `</tr>`,
    )
    .join("");
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${h(cohort.name)}</title></head><body><main>
<h1>${h(cohort.name)}</h1><p>${plural(cohort.learnerCount, "learner")} · Facilitated by ${h(cohort.facilitators.map((f) => f.name).join(", "))}</p>
<section><h2>At a glance</h2><ul><li>${counts.attention} ${counts.attention === 1 ? "learner needs" : "learners need"} attention</li>
<li>${counts.overdue} ${counts.overdue === 1 ? "learner is" : "learners are"} overdue</li><li>${shared} new shared ${shared === 1 ? "reflection" : "reflections"}</li></ul></section>
<section><h2>Where the cohort is</h2><table><caption>Learners per module: complete, in progress, not started</caption>${progress.modules.map((m) => `<tr><th>Module ${m.number}: ${h(m.title)}</th><td>${m.done}</td><td>${m.inProgress}</td><td>${m.notStarted}</td></tr>`).join("")}</table>
<table><caption>Lessons completed per week</caption>${progress.weekly.map((w) => `<tr><th>Week of ${h(formatDay(w.start))} (${h(formatShortDay(w.start))})</th><td>${w.completions}</td></tr>`).join("")}</table></section>
<section id="learners"><h2>Learners</h2><nav><a href="${path}">Everyone (${progress.learners.length})</a><a href="${path}?show=attention">Needs attention (${counts.attention})</a></nav>
<nav>${Object.values(SORT_LABELS)
    .map((label) => `<a>${h(label)}</a>`)
    .join("")}</nav>
<table><caption>Dates are in ${h(zone ?? "UTC")} time.</caption><thead><tr><td></td>${head}</tr></thead><tbody>${rows}</tbody></table>
${arranged.length > 50 ? `<nav>Learners 1–50 of ${arranged.length}</nav>` : ""}</section></main></body></html>`;
  send(res, 200, html, "text/html; charset=utf-8");
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  const cohortMatch = /^\/facilitator\/cohorts\/([^/?#]+)(?:\?.*)?$/.exec(url);
  if (req.method === "GET" && cohortMatch) return cohortPage(req, res, decodeURIComponent(cohortMatch[1] ?? ""));
  if (req.method === "GET" && /^\/journal(?:\?.*)?$/.test(url)) return journalPage(req, res);
  const saveMatch = /^\/api\/reflections\/([^/?]+)$/.exec(url);
  if (req.method === "PUT" && saveMatch) return save(req, res, decodeURIComponent(saveMatch[1] ?? ""));
  if (req.method === "GET" && url.startsWith("/dashboard")) return dashboard(req, res);
  if (url === "/health") return send(res, 200, '{"ok":true}');
  send(res, 404, '{"error":"not found"}');
}

// A clean exit on the bench's SIGTERM, so `--cpu-prof` gets to write its profile.
process.once("SIGTERM", () => process.exit(0));

const portArg = process.argv.indexOf("--port");
const port = Number(process.argv[portArg + 1]);
createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, '{"error":"failed"}');
  });
}).listen(port, "127.0.0.1");
