import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { countAccounts, listAccounts } from "@/lib/admin/accounts";
import { requireRole } from "@/lib/auth/session";
import { formatDate } from "@/lib/time/format";
import { DisableForm } from "./_components/disable-form";
import { ResetLinkForm } from "./_components/reset-link-form";
import { RoleForm } from "./_components/role-form";
import { AccountSearch } from "./_components/account-search";
import { EmailAddress } from "@/components/ui/email-address";
import { Pagination } from "@/components/ui/pagination";
import { AdminAccountsQuerySchema } from "./schemas";
import { InstancePanel } from "./_components/instance-panel";
import { instanceSummary } from "@/lib/admin/instance";

export const metadata: Metadata = { title: "Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function adminHref(q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin?${query}` : "/admin";
}

export default async function AdminPage({ searchParams }: Props) {
  const admin = await requireRole("admin", "/admin");
  const query = AdminAccountsQuerySchema.parse(await searchParams);
  const [list, total, instance] = await Promise.all([
    listAccounts(admin, query),
    countAccounts(admin),
    instanceSummary(admin),
  ]);
  const accounts = list.rows;
  const first = (list.page - 1) * list.perPage + 1;
  const last = first + accounts.length - 1;
  const count = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "account" : "accounts"}`;
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-2">
        <h1 className="m-0 text-3xl font-semibold">Admin</h1>
        <p className="m-0 text-ink-muted">
          Look after the instance and its accounts. Admins manage accounts; they never see private reflections.
        </p>
      </div>
      <InstancePanel instance={instance} adminEmail={admin.email} timeZone={admin.timeZone} />
      <section aria-labelledby="accounts-heading" className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h2 id="accounts-heading" className="m-0 text-2xl font-semibold">
            Accounts
          </h2>
          <p className="m-0 text-ink-muted">
            Promote facilitators, disable an account, or help someone locked out: “Reset link” gives you a link to send
            them. It works once, for 24 hours, and lets them choose a new password; you never see or set it.
          </p>
        </div>
        <AccountSearch q={query.q} />
        <p className="m-0 text-sm text-ink-muted" role="status">
          {query.q
            ? list.matching === 0
              ? `No account matches “${query.q}”. `
              : `${count(list.matching)} ${list.matching === 1 ? "matches" : "match"} “${query.q}”${list.pageCount > 1 ? `: ${first.toLocaleString("en")}–${last.toLocaleString("en")}` : ""}, newest first. `
            : total > accounts.length
              ? `${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${count(total)}, newest first.`
              : `${count(total)}, newest first.`}
          {query.q ? <Link href="/admin">Show every account</Link> : null}
          {accounts.length > 0 ? (
            <span className="sm:hidden"> Swipe the table sideways for roles and access.</span>
          ) : null}
        </p>
        {accounts.length === 0 ? null : (
          <div
            // relative: the visually hidden labels inside are placed within it, not
            // beside the page (which made the whole page scroll sideways on a phone).
            className="relative overflow-x-auto rounded-lg border border-border bg-surface"
            tabIndex={0}
            role="region"
            aria-label="Accounts table"
          >
            <table className="w-full text-left">
              <caption className="sr-only">All accounts with their role</caption>
              <thead className="bg-surface-muted">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    Account
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Cohorts
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Role
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Access
                  </th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.id} className="border-t border-border align-middle">
                    <th scope="row" className="min-w-44 px-4 py-3 align-top font-normal">
                      <span className="font-medium">{account.name}</span>
                      {account.disabled ? <span className="ml-2 text-sm text-ink-muted">(disabled)</span> : null}
                      <EmailAddress email={account.email} className="block text-sm" />
                      <span className="block text-sm text-ink-muted">
                        Joined {formatDate(account.createdAt, admin.timeZone)}
                      </span>
                    </th>
                    <td className="px-4 py-3 text-sm">
                      {account.memberOf.length === 0 && account.facilitates.length === 0 ? (
                        <span className="text-ink-muted">None</span>
                      ) : (
                        <ul className="m-0 list-none p-0">
                          {account.facilitates.map((name) => (
                            <li key={`f-${name}`}>{name} (facilitator)</li>
                          ))}
                          {account.memberOf.map((name) => (
                            <li key={`m-${name}`}>{name}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="px-4 py-3">
                      <RoleForm userId={account.id} name={account.name} role={account.role} />
                    </td>
                    <td className="px-4 py-3">
                      {account.id === admin.id ? (
                        <span className="text-sm text-ink-muted">You</span>
                      ) : (
                        <div className="flex flex-col items-start gap-2">
                          <DisableForm userId={account.id} name={account.name} disabled={account.disabled} />
                          <ResetLinkForm userId={account.id} name={account.name} />
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => adminHref(query.q, page)} />
      </section>
    </div>
  );
}
