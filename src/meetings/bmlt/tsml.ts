/**
 * The answer of BMLT's `client_interface/tsml/` switcher (4.0 and later) is a Meeting Guide feed with two
 * differences, smoothed here before the usual normalization: the position is one `coordinates` string
 * ("lat,long"), and a virtual-only meeting is located at "Online Meeting" (in English, whatever the visitor
 * reads) while it may keep its old street address, which would make it look like a place to go. Pure: no DOM,
 * no network.
 */
import { normalizeMeetings, type NormalizedFeed } from '../normalize.js';

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

/** Normalizes a tsml-switcher answer; throws `InvalidShapeError` when it is not a list. */
export function normalizeTsml(feed: unknown, source: string): NormalizedFeed {
  return normalizeMeetings(Array.isArray(feed) ? feed.map(prepared) : feed, source);
}
