/** The console's stories section, loaded when first opened, with its strings. */
import './i18n/index.js';
import type { SectionModule } from '../context.js';
import { StoriesView } from './view.js';

export const views: SectionModule['views'] = {
  stories: (host, context) => new StoriesView(host, context),
};
