"use client";
// Fills in a facilitator note for facilitators and admins. The slot finds its
// own position among the lesson's slots and asks the guarded route (one
// request per lesson) for the notes.
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { sharedRequest } from "@/components/session/request-cache";
import { useSession } from "@/components/session/use-session";

type NoteBlock = { type: "paragraph"; text: string } | { type: "list"; items: string[] };
type Notes = { notes: NoteBlock[][] };

function loadNotes(pathname: string): Promise<Notes | null> {
  const load = () =>
    fetch(`/api/facilitator-notes?lesson=${encodeURIComponent(pathname)}`, { credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<Notes>) : null))
      .catch(() => null);
  return sharedRequest("facilitator-notes", pathname, load);
}

export function FacilitatorNoteSlot() {
  const ref = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const session = useSession();
  const [note, setNote] = useState<NoteBlock[] | null>(null);
  const canSee =
    session.status === "ready" && (session.session?.role === "facilitator" || session.session?.role === "admin");

  useEffect(() => {
    if (!canSee) return;
    let live = true;
    const slots = Array.from(document.querySelectorAll("[data-facilitator-note-slot]"));
    const index = ref.current ? slots.indexOf(ref.current) : -1;
    void loadNotes(pathname).then((result) => {
      if (live) setNote(result?.notes[index] ?? null);
    });
    return () => {
      live = false;
    };
  }, [canSee, pathname]);

  return (
    <div ref={ref} data-facilitator-note-slot="">
      {note ? (
        <div className="my-6 rounded-lg border border-dashed border-accent bg-surface p-5">
          <p className="mb-2 text-sm font-semibold tracking-wide text-accent uppercase">Facilitator note</p>
          {note.map((block, i) =>
            block.type === "paragraph" ? (
              <p key={i} className="my-2">
                {block.text}
              </p>
            ) : (
              <ul key={i} className="my-2 list-disc pl-6">
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
