"use client";
import { CopyField } from "@/components/ui/copy-field";

/** The invite link in a read-only field, and a button that copies it (or selects it to copy by hand). */
export function InviteLinkField({ link }: { link: string }) {
  return (
    <CopyField
      label="Invite link"
      value={link}
      hint="Anyone with this link can join the cohort after signing in or creating an account."
      copiedMessage="Copied. Paste it into an email or a chat message to invite your learners."
      selectedMessage="Your browser didn’t let us copy it, so the link is selected: press Ctrl+C (or ⌘C on a Mac)."
      variant="primary"
    />
  );
}
