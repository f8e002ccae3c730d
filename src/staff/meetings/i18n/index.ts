// The console's meetings strings: English built in, Spanish fetched the first time the console shows it.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { staffMeetings } from './en.js';

registerNamespace(staffMeetings, { es: () => import('./es.js') });
