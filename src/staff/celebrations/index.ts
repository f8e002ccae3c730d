/** The console's celebrations section, loaded when first opened, with its strings. */
import './i18n/index.js';
import type { SectionModule } from '../context.js';
import { CelebrationsView } from './view.js';

export const views: SectionModule['views'] = {
  celebrations: (host, context) => new CelebrationsView(host, context),
};
