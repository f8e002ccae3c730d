/** The console's e-mail section, loaded when first opened, with its strings. */
import './i18n/index.js';
import type { SectionModule } from '../context.js';
import { MailView } from './view.js';

export const views: SectionModule['views'] = {
  mail: (host, context) => new MailView(host, context),
};
