import { lookup, registerStrings } from '../core/i18n/translate.js';
import { names as english } from './meeting-types.en.js';

// Type names are strings keyed by the code; English is built in and Spanish loads with the rest of Spanish.
// `ONL` is a code feeds use widely (the 12 Step Meeting List plugin marks online meetings with it) that the
// spec's list lacks; every other unknown code is shown as written.
const keyed = (names: Record<string, string>) =>
  Object.fromEntries(Object.entries(names).map(([code, name]) => [`meetingType.${code}`, name]));

registerStrings('en', keyed({ ...english, ONL: 'Online' }));
registerStrings('es', () => import('./meeting-types.es.js').then((m) => keyed({ ...m.names, ONL: 'En línea' })));

/** The name of a Meeting Guide type code in the UI language, or the code itself when it is unknown. */
export function typeName(code: string, lang: string): string {
  return lookup(lang, `meetingType.${code}`) ?? code;
}
