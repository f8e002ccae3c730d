// The stories' strings: English built in, Spanish fetched the first time a page needs it.
// A new language is one file beside es.ts and one entry here.
import { registerNamespace } from '../../core/i18n/translate.js';
import { stories } from './en.js';

registerNamespace(stories, { es: () => import('./es.js') });
