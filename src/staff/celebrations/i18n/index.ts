// The console's celebrations strings: English built in, Spanish fetched the first time the console shows it.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { staffCelebrations } from './en.js';

registerNamespace(staffCelebrations, { es: () => import('./es.js') });
