// Where a look-back's page is: for links in pages, islands and the email.
// Pure; safe anywhere.
export function lookBackPath(id: string): string {
  return `/journal/look-back/${encodeURIComponent(id)}`;
}
