import * as z from 'zod/mini';

/** A trimmed string between `min` and `max` characters. Every string in the contract is bounded. */
export const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** An opaque identifier chosen by the server. */
export const id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** An instant written with its UTC offset, e.g. `2026-12-05T18:30:00-05:00`. */
export const instant = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.iso.date();

/** An IANA time-zone name, e.g. `America/New_York`. */
export const timeZone = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_+\-/]+$/));

/** An absolute http(s) URL. */
export const webUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(2048));

/** A secret token from the server (manage or withdraw token): 256 random bits, base64url. */
export const token = z.string().check(z.minLength(32), z.maxLength(128), z.regex(/^[A-Za-z0-9_-]+$/));

export const count = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
