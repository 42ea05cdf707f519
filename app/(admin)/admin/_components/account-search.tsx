import { buttonClass } from "@/components/ui/button";

/** A GET form: the search lives in the address, so it can be bookmarked and survives a reload. */
export function AccountSearch({ q }: { q: string }) {
  return (
    <form method="get" action="/admin" role="search" aria-label="Accounts" className="flex flex-col gap-1">
      <label htmlFor="account-search" className="font-medium">
        Find an account
      </label>
      <span id="account-search-hint" className="text-sm text-ink-muted">
        Words of a name or an email address.
      </span>
      <div className="flex flex-wrap gap-3">
        <input
          id="account-search"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          autoComplete="off"
          aria-describedby="account-search-hint"
          className="min-h-11 min-w-0 flex-1 rounded-md border border-border bg-surface px-3 text-ink sm:max-w-md"
        />
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </div>
    </form>
  );
}
