/**
 * Reading meetings' details (details.ts) where the finder needs them, with that code in a chunk of its own: loaded
 * beside the feed, since a first paint needs the details of a screenful of rows only (see normalizeFeed).
 */
import { hasDetails, takeRecord, type Meeting } from './normalize.js';

let reader: typeof import('./details.js') | undefined;
let loading: Promise<void> | undefined;
/** Lists whose meetings all have their details: a loaded list is never changed once built, only replaced. */
const readLists = new WeakSet<Iterable<Meeting>>();

/** Loads the code that reads meetings' details, once; after a failure, the next call asks again. */
export function loadDetailsReader(): Promise<void> {
  return (loading ??= import('./details.js').then(
    (module) => {
      reader = module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/**
 * Reads the details of those of `meetings` still without them, once `loadDetailsReader` is done: true when all
 * have theirs. Until the reader is in (a server that did not load it, say), they stay without, and false. A
 * meeting already read costs a lookup.
 */
export function readMeetingDetails(meetings: Iterable<Meeting>): boolean {
  if (readLists.has(meetings)) return true; // a finder asks about its whole list on every render, every keystroke
  let done = true;
  for (const meeting of meetings) {
    if (!reader) done &&= hasDetails(meeting);
    else {
      const record = takeRecord(meeting);
      if (record) reader.readDetails(meeting, record);
    }
  }
  if (done && Array.isArray(meetings)) readLists.add(meetings);
  return done;
}
