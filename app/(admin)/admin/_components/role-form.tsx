"use client";
import { Save } from "lucide-react";
import { useFormAction } from "@/components/ui/use-form-action";
import { InlineOutcome } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeRoleAction } from "../actions";

export function RoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const form = useFormAction(changeRoleAction);
  const selectId = `role-${userId}`;
  return (
    <form action={form.action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        Role for {name}
      </label>
      <select
        id={selectId}
        name="role"
        defaultValue={role}
        className="min-h-11 rounded-md border border-border bg-surface px-2 text-ink"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={form.pending} aria-label={`Save role for ${name}`}>
        <Save aria-hidden="true" />
        Save
      </Button>
      <InlineOutcome form={form} wide />
    </form>
  );
}
