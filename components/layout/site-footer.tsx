export function SiteFooter() {
  return (
    <footer className="border-t border-border bg-surface text-sm text-ink-muted">
      <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
        <p>
          It Takes Two adapts, in its own words, the ideas of Halelly Azulay&rsquo;s post &ldquo;It takes two to tango:
          Rebuilding trust starts with one question&rdquo; (TalentGrow).
        </p>
      </div>
    </footer>
  );
}
