import { loadDetailsReader } from './read-details.js';
import { loadTypeNames } from './types.js';

/**
 * What `<recovery-meetings>` loads on demand before it shows meetings given as a property: the meeting type names
 * in English and the code that reads a meeting's details (its place, links and kind). The browser loads them
 * itself; a server awaits this before rendering such a finder (README, Server rendering), or its rows have no
 * place and show the codes. The name is older than the details reader.
 */
export function loadMeetingTypeNames(): Promise<void> {
  return Promise.all([loadTypeNames(), loadDetailsReader()]).then(() => undefined);
}
