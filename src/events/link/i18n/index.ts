// "Email me my link"'s strings, loaded with it: English built in, Spanish fetched when a page needs it.
// A new language is one file beside es.ts and one entry here.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { link } from './en.js';

registerNamespace(link, { es: () => import('./es.js') });
