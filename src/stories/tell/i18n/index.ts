// Strings of telling and withdrawing a story, loaded with those views: English built in, Spanish fetched when
// a page needs it. A new language is one file beside es.ts and one entry here.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { tell } from './en.js';

registerNamespace(tell, { es: () => import('./es.js') });
