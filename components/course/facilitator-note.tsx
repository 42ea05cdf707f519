import { FacilitatorNoteSlot } from "./facilitator-note-slot";

/**
 * Discussion notes for facilitators. The children are deliberately not
 * rendered: lesson HTML is public and the same for everyone, so the note's
 * text is served only by the guarded facilitator-notes route, and filled in by
 * the slot for facilitators and admins.
 */
export function FacilitatorNote(_props: { children?: React.ReactNode }) {
  return <FacilitatorNoteSlot />;
}
