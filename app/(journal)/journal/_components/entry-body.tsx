/** A learner's words as plain text: line breaks kept, never read as HTML. */
export function EntryBody({ body, className = "" }: { body: string; className?: string }) {
  return <p className={`m-0 break-words whitespace-pre-wrap ${className}`.trim()}>{body}</p>;
}
