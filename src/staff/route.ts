/**
 * The console's address lives in the URL fragment (`#/events/<id>/check-in`), so the browser's back button, a
 * bookmark and a reload all land on the same view, and nothing of it reaches a server log. Pure: no DOM.
 */
import type { Area } from '../core/api/accounts.js';

/** A part of the console: the contract's areas. */
export type ConsoleArea = Area;

export const AREA_ORDER: readonly ConsoleArea[] = ['stories', 'events', 'celebrations', 'meetings', 'mail', 'accounts', 'audit'];

export interface Route {
  /** A section of the console, or `password` (one's own password). */
  area: ConsoleArea | 'password';
  /** The segments after the area, e.g. `['abc', 'check-in']`. */
  path: string[];
  query: Record<string, string>;
}

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** The route a fragment names; an unknown or malformed one is the first area the account may use (`fallback`). */
export function parseRoute(hash: string, fallback: ConsoleArea): Route {
  const [pathPart = '', queryPart = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [area, ...path] = pathPart.split('/').filter(Boolean);
  const known = area === 'password' || (AREA_ORDER as readonly string[]).includes(area ?? '');
  if (!known || !path.every((segment) => SEGMENT.test(segment))) return { area: fallback, path: [], query: {} };
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(queryPart)) if (value) query[name] = value;
  return { area: area as Route['area'], path, query };
}

/** The fragment for a route: `routeHash('events', ['abc', 'check-in'])` is `#/events/abc/check-in`. */
export function routeHash(area: Route['area'], path: readonly string[] = [], query: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) search.set(name, value);
  const tail = search.size ? `?${search.toString()}` : '';
  return `#/${[area, ...path.map(encodeURIComponent)].join('/')}${tail}`;
}

/** The first area of the console that an account with these areas sees. */
export const homeArea = (areas: readonly ConsoleArea[]): ConsoleArea => AREA_ORDER.find((area) => areas.includes(area)) ?? 'stories';
