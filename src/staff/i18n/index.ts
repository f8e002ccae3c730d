// The console shell's strings: English built in, Spanish fetched the first time the console shows it.
import { registerNamespace } from '../../core/i18n/translate.js';
import { staff } from './en.js';

registerNamespace(staff, { es: () => import('./es.js') });
