import { supportedLanguage } from '../core/i18n/translate.js';
import { meetingTypeNames } from './meeting-types.js';

// A code feeds use widely (the 12 Step Meeting List plugin marks online meetings with it) that the spec's
// list does not have. Every other unknown code is shown as written.
const extraNames: Record<string, Record<string, string>> = {
  en: { ONL: 'Online' },
  es: { ONL: 'En línea' },
};

/** The name of a Meeting Guide type code in the UI language, or the code itself when it is unknown. */
export function typeName(code: string, lang: string): string {
  const language = supportedLanguage(lang);
  return meetingTypeNames[language]?.[code] ?? extraNames[language]?.[code] ?? meetingTypeNames.en?.[code] ?? code;
}
