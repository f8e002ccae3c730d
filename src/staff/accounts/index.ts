/** The console's admin sections, staff accounts and the audit log, loaded when first opened, with their strings. */
import './i18n/index.js';
import type { SectionModule } from '../context.js';
import { AccountsView } from './accounts.js';
import { AuditView } from './audit.js';

export const views: SectionModule['views'] = {
  accounts: (host, context) => new AccountsView(host, context),
  audit: (host, context) => new AuditView(host, context),
};
