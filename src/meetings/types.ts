import { lookup, registerNamespace, registerStrings } from '../core/i18n/translate.js';

// Type names are strings keyed by the code. They are needed only once there are meetings to show, so even
// English arrives with the meetings (`loadTypeNames`, fetched beside the feed) rather than before the first
// render; Spanish loads with the rest of Spanish. `ONL` is a code feeds use widely (the 12 Step Meeting List
// plugin marks online meetings with it) that the spec's list lacks; every other unknown code is shown as written.
const keyed = (names: Record<string, string>) =>
  Object.fromEntries(Object.entries(names).map(([code, name]) => [`meetingType.${code}`, name]));

registerStrings('es', () => import('./meeting-types.es.js').then((m) => keyed({ ...m.names, ONL: 'En línea' })));

let english: Promise<void> | undefined;

/**
 * The English names, once. Built-in strings only fill what is missing, so a page's own wording stays; if they
 * cannot load, the codes show as written.
 */
export function loadTypeNames(): Promise<void> {
  return (english ??= import('./meeting-types.en.js').then(
    (m) => registerNamespace(keyed({ ...m.names, ONL: 'Online' }), {}),
    () => undefined,
  ));
}

/** The name of a Meeting Guide type code in the UI language, or the code itself when it is unknown. */
export function typeName(code: string, lang: string): string {
  return lookup(lang, `meetingType.${code}`) ?? code;
}
