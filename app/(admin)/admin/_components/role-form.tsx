"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeRoleAction } from "../actions";

export function RoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const [state, action, pending] = useActionState(changeRoleAction, IDLE_FORM_STATE);
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
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
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Save role for ${name}`}>
        Save
      </Button>
      <span role="status" className={`text-sm ${state.status === "error" ? "text-danger" : "text-success"}`}>
        {state.status === "idle" ? "" : state.message}
      </span>
    </form>
  );
}
