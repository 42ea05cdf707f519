// The one in-browser request cache (docs/decisions/026-one-client-request-cache.md).
// Islands on the same page often need the same answer (who is signed in, the
// lesson's saved entries, its facilitator notes): the first asks, the others
// share that request. Each kind of request has one slot, remembered for one
// scope (a path, a lesson); another scope or `fresh` asks again. An answer
// `keep` turns down (an outage, a read that must be fresh next time) is
// forgotten once it has been handed to everyone waiting for it.

type Slot = { scope: string; promise: Promise<unknown> };
const slots = new Map<string, Slot>();

export function sharedRequest<T>(
  name: string,
  scope: string,
  load: () => Promise<T>,
  { fresh = false, keep = () => true }: { fresh?: boolean; keep?: (answer: T) => boolean } = {},
): Promise<T> {
  const slot = slots.get(name);
  if (!fresh && slot?.scope === scope) return slot.promise as Promise<T>;
  const promise = load();
  const entry: Slot = { scope, promise };
  slots.set(name, entry);
  const forget = () => {
    // Later in this turn of the event loop, so islands asking at the same time still share it.
    setTimeout(() => {
      if (slots.get(name) === entry) slots.delete(name);
    }, 0);
  };
  promise.then((answer) => {
    if (!keep(answer)) forget();
  }, forget);
  return promise;
}
