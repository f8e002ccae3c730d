// Strings of the milestone's on-demand parts (personal entry, sharing, celebrations), loaded with them.
// A new language is one file beside es.ts and one entry here.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { milestoneExtras } from './en.js';

registerNamespace(milestoneExtras, { es: () => import('./es.js') });
