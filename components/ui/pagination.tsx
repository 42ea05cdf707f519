import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";

/** Previous / Next with where you are; links are built by the page so they keep its filters. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="no-print flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={buttonClass("secondary")}>
          <span aria-hidden="true">←</span> Previous<span className="sr-only"> page</span>
        </Link>
      ) : (
        <span />
      )}
      <p className="m-0 text-ink-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={buttonClass("secondary")}>
          Next<span className="sr-only"> page</span> <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
