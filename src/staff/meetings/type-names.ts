/**
 * Meeting Guide type names in the console's language, from the spec's generated lists: English is in the contract
 * already (its type codes come from it); Spanish is fetched the first time the console needs it.
 */
import { names as english } from '../../meetings/meeting-types.en.js';

let spanish: Record<string, string> | undefined;

const isSpanish = (lang: string) => lang.toLowerCase().startsWith('es');

/** Resolves once the names of `lang` are here (at once for English). */
export async function loadTypeNames(lang: string): Promise<void> {
  if (isSpanish(lang) && !spanish) spanish = (await import('../../meetings/meeting-types.es.js')).names;
}

export const typeLabel = (code: string, lang: string): string => (isSpanish(lang) ? spanish?.[code] : undefined) ?? english[code] ?? code;
