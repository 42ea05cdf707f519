import type { Metadata } from "next";
import { countAccounts, listAccounts } from "@/lib/admin/accounts";
import { requireRole } from "@/lib/auth/session";
import { formatDate } from "@/lib/time/format";
import { DisableForm } from "./_components/disable-form";
import { ResetLinkForm } from "./_components/reset-link-form";
import { RoleForm } from "./_components/role-form";
import { EmailAddress } from "@/components/ui/email-address";

export const metadata: Metadata = { title: "Admin: accounts" };

export default async function AdminPage() {
  const admin = await requireRole("admin", "/admin");
  const [accounts, total] = await Promise.all([listAccounts(admin), countAccounts(admin)]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold">Accounts</h1>
        <p className="text-ink-muted">
          Promote facilitators and look after the instance. Admins manage accounts; they never see private reflections.
        </p>
        <p className="text-ink-muted">
          Someone locked out? “Reset link” gives you a link to send them. It works once, for 24 hours, and lets them
          choose a new password; you never see or set it.
        </p>
      </div>
      <p className="m-0 text-sm text-ink-muted">
        {total > accounts.length
          ? `The newest ${accounts.length.toLocaleString("en")} of ${total.toLocaleString("en")} accounts, newest first.`
          : `${total.toLocaleString("en")} ${total === 1 ? "account" : "accounts"}, newest first.`}
        <span className="sm:hidden"> Swipe the table sideways for roles and access.</span>
      </p>
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
    </div>
  );
}
