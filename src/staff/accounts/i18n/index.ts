// The console's admin strings (accounts and the audit log): English built in, Spanish fetched when first shown.
import { registerNamespace } from '../../../core/i18n/translate.js';
import { staffAccounts } from './en.js';

registerNamespace(staffAccounts, { es: () => import('./es.js') });
