/**
 * The answer of BMLT's `client_interface/tsml/` switcher (4.0 and later) is a Meeting Guide feed with three
 * differences, smoothed here around the usual normalization: the position is one `coordinates` string
 * ("lat,long"); a virtual-only meeting is located at "Online Meeting" (in English, whatever the visitor reads)
 * while it may keep its old street address, which would make it look like a place to go; and its `types` are
 * the formats' world ids (DISC, JFT, SPK...) more than Meeting Guide codes, so they are read through the
 * server's formats like the JSON switcher's. Pure: no DOM, no network.
 */
import { normalizeMeetings } from '../details.js';
import type { NormalizedFeed } from '../normalize.js';
import { formatTable, type BmltFormat } from './normalize.js';

/** The four tsml codes that are not the world id they stand for. */
const WORLD_OF: Record<string, string> = { C: 'CLOSED', O: 'OPEN', X: 'WCHR', ONL: 'VM' };

const PLACE_FIELDS = ['location', 'formatted_address', 'address', 'city', 'state', 'postal_code', 'country'];

function prepared(record: unknown): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const r = record as Record<string, unknown>;
  const coordinates = typeof r.coordinates === 'string' ? r.coordinates.split(',') : undefined;
  const virtualOnly = r.location === 'Online Meeting' && !r.coordinates;
  if (!virtualOnly && coordinates?.length !== 2) return record;
  const copy: Record<string, unknown> = { ...r };
  if (coordinates?.length === 2 && copy.latitude === undefined) [copy.latitude, copy.longitude] = coordinates;
  if (virtualOnly) for (const field of PLACE_FIELDS) delete copy[field];
  return copy;
}

/**
 * Normalizes a tsml-switcher answer, naming its formats from `formats` (GetFormats in the visitor's language
 * and English) when given. Throws `InvalidShapeError` when it is not a list.
 */
export function normalizeTsml(feed: unknown, source: string, formats: readonly BmltFormat[] = [], lang = 'en'): NormalizedFeed {
  const result = normalizeMeetings(Array.isArray(feed) ? feed.map(prepared) : feed, source);
  const { byWorld } = formatTable(formats, lang);
  for (const meeting of result.meetings) {
    // ONL is the one non-spec code the finder knows; VM is dropped from the table as how-to-attend.
    meeting.types = meeting.types.map((code) => (code === 'ONL' ? code : (byWorld.get(WORLD_OF[code] ?? code) ?? code)));
  }
  return result;
}
