// The strings of the filters behind "Filters" and of the meetings near the visitor, loaded with them:
// English built in, Spanish fetched when a page needs it. A new language is one file beside es.ts and one entry here.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { meetingRefine } from './en.js';

registerNamespace(meetingRefine, { es: () => import('./es.js') });
