/**
 * The parts of `<recovery-stories>` that load on first use: the carousel (only with `layout="carousel"`) and
 * the share panel (only where the browser has no share sheet). Their strings and styles load with them.
 */
import './i18n/index.js';

export { Carousel } from './carousel.js';
export { SharePanel } from './share-panel.js';
export type { StoriesExtrasContext } from './context.js';
