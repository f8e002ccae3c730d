/**
 * URL safety. Feed and API text decides where a link goes, so only schemes that cannot run code or
 * smuggle content become an `href`: http, https, tel and mailto. Everything else is dropped, including
 * `javascript:` in any case, schemes hidden behind whitespace, control characters or HTML entities
 * (a literal `&#58;` is not a colon to the URL parser, so such a string never parses as absolute),
 * `data:`, `blob:` and `file:`. Relative URLs are dropped too: a feed's relative link would resolve
 * against the embedding site, which is never what the feed meant.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/** The longest URL we accept; longer strings are junk or an attack, never a meeting link. */
const MAX_URL_LENGTH = 2048;

/**
 * Returns a normalized URL that is safe to use as an `href`, or `undefined` when the value must not become a link.
 * The returned string is the URL parser's own serialization, so what was checked is exactly what is rendered.
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed); // no base: relative and scheme-less strings throw
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    // Credentials in a link are a phishing device ("https://bank.example.com@evil.example.com"); no feed needs them.
    if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  }
  if ((url.protocol === 'tel:' || url.protocol === 'mailto:') && url.pathname.replace(/%20/g, '').trim() === '') {
    return undefined;
  }
  return url.href;
}

/**
 * A `tel:` link from a phone number as feeds write it ("+1 (302) 555-0100", "302.555.0100,,12345#").
 * Keeps digits, a leading +, and the pause/extension characters `,` `;` `*` `#` that make one-tap dial-in work.
 * Returns `undefined` when fewer than three digits remain.
 */
export function phoneHref(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const trimmed = phone.trim().replace(/^tel:/i, '');
  const dialable = (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/[^0-9,;*#]/g, '');
  if ((dialable.match(/[0-9]/g) ?? []).length < 3) return undefined;
  // `#` starts a fragment in a URL; it must be escaped to reach the dialer. What is left is digits, `+,;*` and
  // `%23`, which the URL parser would return unchanged: parsing it again (as safeHref does) would only cost time,
  // thousands of times in a cold load.
  return `tel:${dialable.replace(/#/g, '%23')}`;
}
