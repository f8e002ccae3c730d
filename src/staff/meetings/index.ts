/** The console's meetings section, loaded when first opened, with its strings. */
import './i18n/index.js';
import type { SectionModule } from '../context.js';
import { MeetingsView } from './view.js';

export const views: SectionModule['views'] = {
  meetings: (host, context) => new MeetingsView(host, context),
};
