/** The console's events section, loaded when first opened, with its strings. */
import './i18n/index.js';
import type { SectionModule } from '../context.js';
import { EventsView } from './view.js';

export const views: SectionModule['views'] = {
  events: (host, context) => new EventsView(host, context),
};
