// Which link in the header belongs to the page a person is on. A page deep in
// a section (a lesson, one journal question, a cohort's settings) marks its
// section's link, so the header always says where you are.

export type NavItem =
  "course" | "about" | "dashboard" | "journal" | "notifications" | "facilitator" | "admin" | "account";

// Each header link and the paths it stands for (the path itself and everything below it).
const SECTIONS: { item: NavItem; paths: string[] }[] = [
  { item: "course", paths: ["/learn"] },
  { item: "about", paths: ["/about"] },
  { item: "dashboard", paths: ["/dashboard"] },
  { item: "journal", paths: ["/journal"] },
  { item: "notifications", paths: ["/notifications"] },
  { item: "facilitator", paths: ["/facilitator"] },
  { item: "admin", paths: ["/admin"] },
  { item: "account", paths: ["/account"] },
];

/** The header link for `pathname`, or null where none fits (the home page, signing in, an invitation). */
export function currentNavItem(pathname: string | null): NavItem | null {
  if (!pathname) return null;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const found = SECTIONS.find(({ paths }) => paths.some((p) => path === p || path.startsWith(`${p}/`)));
  return found?.item ?? null;
}
