// The RSVP views' strings, loaded with those views: English built in, Spanish fetched when a page needs it.
// A new language is one file beside es.ts and one entry here.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { rsvp } from './en.js';

registerNamespace(rsvp, { es: () => import('./es.js') });
