import { buttonClass } from "@/components/ui/button";

/** A GET form: the search lives in the address, so it can be bookmarked and survives a reload. */
export function AccountSearch({ q }: { q: string }) {
  return (
    <form method="get" action="/admin" role="search" aria-label="Accounts" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-md">
        <label htmlFor="account-search" className="font-medium">
          Find an account
        </label>
        <input
          id="account-search"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          autoComplete="off"
          aria-describedby="account-search-hint"
          className="min-h-11 rounded-md border border-border bg-surface px-3 text-ink"
        />
        <span id="account-search-hint" className="text-sm text-ink-muted">
          Words of a name or an email address.
        </span>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
    </form>
  );
}
