// The console's stories strings: English built in, Spanish fetched the first time the console shows it.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { staffStories } from './en.js';

registerNamespace(staffStories, { es: () => import('./es.js') });
