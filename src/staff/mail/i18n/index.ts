// The console's e-mail strings: English built in, Spanish fetched the first time the console shows it.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { staffMail } from './en.js';

registerNamespace(staffMail, { es: () => import('./es.js') });
