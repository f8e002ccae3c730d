/**
 * How a page names its meeting sources: `src` (Meeting Guide feed URLs, comma-separated, as always) and
 * `sources` (`[{ url, format, label }]`, as a property or as JSON in the attribute). Pure but for the page's
 * base URL, which the caller passes.
 */
export type SourceFormat = 'meeting-guide' | 'bmlt';

/** One source as a page gives it. */
export interface MeetingSource {
  url: string;
  /** Detected when left out: a BMLT root server's URL (`…/main_server/`, `…/client_interface/…`) is BMLT. */
  format?: SourceFormat;
  /** The program its meetings belong to ("AA", "NA", "Al-Anon"): a badge and a filter once there are two. */
  label?: string;
}

export interface ResolvedSource {
  url: string;
  format: SourceFormat;
  label?: string;
}

/** A BMLT root server or a URL under it; Meeting Guide feeds have no such paths. */
export const isBmltUrl = (url: URL): boolean => /\/main_server(\/|$)|\/client_interface\//i.test(url.pathname);

/** `src` and `sources` together, resolved against the page; http(s) only; anything unusable is left out. */
export function resolveSources(src: string | undefined, sources: unknown, base: string): ResolvedSource[] {
  const given: unknown[] = [...(src ?? '').split(',').map((url) => ({ url })), ...(Array.isArray(sources) ? (sources as unknown[]) : [])];
  const resolved: ResolvedSource[] = [];
  for (const source of given) {
    const { url, format, label } = (source ?? {}) as Record<string, unknown>;
    if (typeof url !== 'string' || !url.trim()) continue;
    let parsed: URL;
    try {
      parsed = new URL(url.trim(), base);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(parsed.protocol)) continue;
    const name = typeof label === 'string' ? label.trim().slice(0, 40) : '';
    resolved.push({
      url: parsed.href,
      format: format === 'bmlt' || format === 'meeting-guide' ? format : isBmltUrl(parsed) ? 'bmlt' : 'meeting-guide',
      ...(name && { label: name }),
    });
  }
  return resolved;
}
