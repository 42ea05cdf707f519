"use client";
import { CopyField } from "@/components/ui/copy-field";
import type { OneTimeLink } from "@/lib/actions/form-state";

/** Personal links shown once, each with the address it is for and a button that copies it. */
export function OneTimeLinks({ links }: { links: OneTimeLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul aria-label="Personal links to copy" className="m-0 flex list-none flex-col gap-3 p-0">
      {links.map((item) => (
        <li key={item.link}>
          <CopyField
            label={`Link for ${item.label}`}
            value={item.link}
            selectedMessage="Selected: press Ctrl+C (or ⌘C on a Mac) to copy."
            buttonLabel={
              <>
                Copy<span className="sr-only"> the link for {item.label}</span>
              </>
            }
            variant="primary"
          />
        </li>
      ))}
    </ul>
  );
}
