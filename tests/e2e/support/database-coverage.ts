// Which browser specs run a second time on PostgreSQL.
//
// The unit suite runs in full on both databases: every query, every owner
// check, every cascade and race in lib/ is tested on SQLite and PostgreSQL.
// The browser suite runs in full on SQLite (`npm test`). On PostgreSQL it runs
// the specs where the database's own behaviour reaches what a person sees —
// concurrent writes and conflicts, unique keys under races, one-time claims,
// case-insensitive search, dates and due days, aggregates over a cohort — and
// the end-to-end journeys. The rest check pages, routes, forms and the
// browser, which are the same whichever database sits under them; running them
// twice cost about a third of CI's time (decision 045).
//
// Every spec must be listed in one of the two maps, with its reason: the
// Playwright config refuses to run otherwise, so a new spec is placed on purpose.

/** Specs that run on both databases, and what in them depends on the database. */
export const BOTH_DATABASES: Record<string, string> = {
  "journeys.spec.ts": "every journey of PRODUCT.md through every layer",
  "reflections.spec.ts": "autosave, versions and conflicting saves",
  "reliability.spec.ts": "a crash mid-load and two instances: nothing acknowledged is lost",
  "journal.spec.ts": "search (case-insensitive), paging, exports and deleting everything",
  "sharing.spec.ts": "sharing per cohort, withdrawing, what later cohorts see",
  "facilitator.spec.ts": "cohorts, assignments and due dates",
  "cockpit.spec.ts": "the cohort's grid and counts aggregated over learners and days",
  "notifications.spec.ts": "one notice per event when jobs run at once (unique keys)",
  "invitations.spec.ts": "a personal link claimed once, atomically",
  "look-backs.spec.ts": "look-back days falling due",
  "admin.spec.ts": "account search (case-insensitive), counts, the database the instance reports",
  "dashboard.spec.ts": "progress, due modules and nudges read together",
  "planner.spec.ts": "the planner's structured answer, saved and versioned",
  "remembered-choices.spec.ts": "tries that only grow when requests race",
};

/** Specs that run on SQLite only, and why the database makes no difference to them. */
export const SQLITE_ONLY: Record<string, string> = {
  "access-matrix.spec.ts": "routes and roles; the owner checks under them are unit-tested on both databases",
  "action-matrix.spec.ts": "every action refused to the wrong person; the data layer's checks are unit-tested on both",
  "action-fuzz.spec.ts": "input parsing at the boundary, before any query",
  "hostile-requests.spec.ts": "request parsing and headers, before any query",
  "cross-site.spec.ts": "origin checks and headers",
  "account-recovery.spec.ts": "email, links and forms; token claims are unit-tested on both",
  "account-settings.spec.ts": "forms and sessions; deleting an account is unit-tested on both",
  "auth.spec.ts": "sign-in forms and redirects",
  "roles.spec.ts": "what each role's pages show",
  "session-check.spec.ts": "the browser's session island",
  "sign-in-limits.spec.ts": "rate limits held in memory",
  "pages.spec.ts": "static pages, axe, icons and the manifest",
  "zoom.spec.ts": "layout at 200% zoom",
  "course.spec.ts": "the course's pages and their axe checks",
  "knowledge-checks.spec.ts": "checks answered in the browser",
  "branching-scenarios.spec.ts": "scenarios answered in the browser",
  "learning-loop.spec.ts": "moving through lessons; completion rules are unit-tested on both",
  "plan-and-summary.spec.ts": "printed pages (PDF page counts)",
  "facilitator-guide.spec.ts": "a static guide and who may see it",
  "worksheets.spec.ts": "printable worksheets",
  "calendar.spec.ts": "calendar files; the feed's queries are unit-tested on both",
  "metrics.spec.ts": "the metrics endpoint and request ids",
  "time-zones.spec.ts": "the time zone picker and the browser's zone",
  "demo.spec.ts": "the demo data on a fresh install (SQLite is the default)",
  "navigation.spec.ts": "the header, its phone menu and the current page",
  "design.spec.ts": "fonts, the toast, empty states and the compare layout",
  "pictures.spec.ts": "the course's pictures and cards",
};
