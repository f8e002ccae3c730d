import * as z from 'zod/mini';

/**
 * Text a database can keep exactly as it was sent: no NUL (PostgreSQL refuses it in text and jsonb) and no unpaired
 * UTF-16 surrogate (it cannot be written as UTF-8, so it would come back as U+FFFD or fail). Pairs, i.e. emoji and
 * other characters beyond the Basic Multilingual Plane, are fine. Every string the contract accepts follows it.
 */
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
export const SAFE_TEXT = /^[^\u0000\uD800-\uDFFF]*$/u;
const UNSAFE_MESSAGE = 'Must not contain a NUL character or a broken (unpaired) surrogate character.';
export const safeText = () => z.regex(SAFE_TEXT, UNSAFE_MESSAGE);

/** A trimmed string between `min` and `max` characters. Every string in the contract is bounded. */
export const text = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max), safeText());

/** An opaque identifier chosen by the server. */
export const id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** The years an instant or a date may fall in; anything outside is a typing mistake or an attack. */
export const EARLIEST = Date.UTC(1900, 0, 1);
export const LATEST = Date.UTC(10_000, 0, 1); // exclusive

/**
 * An instant written with its UTC offset, e.g. `2026-12-05T18:30:00-05:00` (RFC 3339): from 1900 to 9999 in UTC, with
 * at most nine digits of fractional seconds (kept to the microsecond).
 */
export const instant = z.iso.datetime({ offset: true }).check(
  z.refine((value) => {
    const time = Date.parse(value); // NaN when the format is wrong, which is reported already
    return Number.isNaN(time) || (time >= EARLIEST && time < LATEST && !/\.\d{10}/.test(value));
  }, 'Must be between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59Z, with at most nine digits after the seconds.'),
);

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.iso.date();

/** An IANA time-zone name, e.g. `America/New_York`. */
export const timeZone = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_+\-/]+$/));

/** An absolute http(s) URL. (Safe text too; checked by a refinement, since a pattern would hide `format: uri`.) */
export const webUrl = z.url({ protocol: /^https?$/ }).check(
  z.maxLength(2048),
  z.refine((value) => SAFE_TEXT.test(value), UNSAFE_MESSAGE),
);

/** A secret token from the server (manage or withdraw token): 256 random bits, base64url. */
export const token = z.string().check(z.minLength(32), z.maxLength(128), z.regex(/^[A-Za-z0-9_-]+$/));

/**
 * The language of a text as a BCP 47 tag: a primary language subtag such as `es` or `en`, maybe with subtags
 * (`pt-BR`). Lets a page mark a story in another language (WCAG 3.1.2, language of parts).
 */
export const languageTag = z.string().check(z.maxLength(35), z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

export const count = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
