// The console's events strings: English built in, Spanish fetched the first time the console shows it.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { staffEvents } from './en.js';

registerNamespace(staffEvents, { es: () => import('./es.js') });
