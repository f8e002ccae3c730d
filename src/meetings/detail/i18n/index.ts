// The open meeting's strings, loaded with it: English built in, Spanish fetched when a page needs it.
// A new language is one file beside es.ts and one entry here.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { meetingDetail } from './en.js';

registerNamespace(meetingDetail, { es: () => import('./es.js') });
