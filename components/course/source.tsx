import { getCourse } from "@/lib/course/catalog";

/** Credit to the post the course adapts. Its address is shown as text, not a link out. */
export function Source() {
  const { source } = getCourse();
  return (
    <p className="mt-10 border-t border-border pt-4 text-sm text-ink-muted">
      Adapted in our own words from &ldquo;{source.title}&rdquo; by {source.author} ({source.publisher}),{" "}
      <span className="break-all">{source.url}</span>.
    </p>
  );
}
