// The crisis lines' strings: English built in, Spanish fetched the first time a page needs it.
import { registerNamespace } from '../../i18n/translate.js';
import { crisis } from './en.js';

registerNamespace(crisis, { es: () => import('./es.js') });
