// Where a prompt's page in the journal is: for pages, islands and emails.
// Pure; safe anywhere.
export function journalPromptPath(promptId: string): string {
  return `/journal/prompt/${encodeURIComponent(promptId)}`;
}
