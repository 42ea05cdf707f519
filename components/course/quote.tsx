import { getCourse } from "@/lib/course/catalog";

/**
 * Words quoted from the post the course adapts, marked as a quotation (with
 * its address as the cite) so a reader and the copy check can tell them from
 * our own. The sentence around it names the author.
 */
export function Quote({ children }: { children: React.ReactNode }) {
  const { source } = getCourse();
  return (
    <q cite={source.url} className="font-medium">
      {children}
    </q>
  );
}
