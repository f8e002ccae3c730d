// Strings of the stories' carousel and share panel, loaded with them: English built in, Spanish fetched when a
// page needs it. A new language is one file beside es.ts and one entry here.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { storiesExtras } from './en.js';

registerNamespace(storiesExtras, { es: () => import('./es.js') });
