import Link from "@/components/ui/link";
import { TabNav } from "@/components/ui/tabs";
import { Breadcrumbs, type Crumb } from "@/components/course/breadcrumbs";
import type { CohortSummary } from "@/lib/cohorts/cohorts";

type Section = "overview" | "assignments" | "invitations" | "nudges" | "reflections" | "settings";

const SECTIONS: { id: Section; label: string; path: string }[] = [
  { id: "overview", label: "Overview", path: "" },
  { id: "assignments", label: "Assignments", path: "/assignments" },
  { id: "invitations", label: "Invitations", path: "/invitations" },
  { id: "nudges", label: "Nudges", path: "/nudges" },
  { id: "reflections", label: "Shared reflections", path: "/reflections" },
  { id: "settings", label: "Settings", path: "/settings" },
];

export function cohortHref(cohortId: string, path = ""): string {
  return `/facilitator/cohorts/${encodeURIComponent(cohortId)}${path}`;
}

/** Breadcrumbs, the page's heading, links between the cohort's pages and the archived banner. */
export function CohortHeader({
  cohort,
  section,
  title,
  below,
  children,
}: {
  cohort: CohortSummary;
  section: Section;
  /** The page's own heading; the cohort's name on its overview. */
  title: string;
  /** A page below a section (one learner of the overview): its name in the breadcrumbs. */
  below?: string;
  children?: React.ReactNode;
}) {
  const current = SECTIONS.find((s) => s.id === section);
  const crumbs: Crumb[] = [{ label: "Your cohorts", href: "/facilitator" }];
  if (below) {
    crumbs.push({ label: cohort.name, href: cohortHref(cohort.id) });
    if (section !== "overview")
      crumbs.push({ label: current?.label ?? section, href: cohortHref(cohort.id, current?.path) });
    crumbs.push({ label: below });
  } else if (section === "overview") crumbs.push({ label: cohort.name });
  else crumbs.push({ label: cohort.name, href: cohortHref(cohort.id) }, { label: current?.label ?? title });
  return (
    <header className="flex flex-col gap-4">
      <Breadcrumbs items={crumbs} />
      <div className="flex flex-col gap-2">
        {section !== "overview" || below ? (
          <p className="m-0 text-sm font-semibold text-ink-muted">{cohort.name}</p>
        ) : null}
        <h1 className="m-0 text-3xl font-semibold break-words">{title}</h1>
        {children}
      </div>
      <TabNav
        label="This cohort"
        current={below ? "true" : "page"}
        tabs={SECTIONS.map((s) => ({
          href: cohortHref(cohort.id, s.path),
          label: s.label,
          current: s.id === section,
        }))}
      />
      <p className="no-print m-0 text-sm">
        Planning a session? <Link href="/facilitator/guide">Read the facilitator guide</Link>.
      </p>
      {cohort.archived ? (
        <div className="rounded-md border-l-4 border-border bg-warning-soft px-4 py-3" role="note">
          <p className="m-0 font-semibold">This cohort is archived.</p>
          <p className="m-0">
            Its invite link no longer lets anyone join, its assignments are hidden from learners&rsquo; dashboards, and
            the reflections its learners shared are hidden here. You can bring it back from{" "}
            <Link href={cohortHref(cohort.id, "/settings")}>Settings</Link>.
          </p>
        </div>
      ) : null}
    </header>
  );
}
