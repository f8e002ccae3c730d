/**
 * The parts of `<recovery-milestone>` that load on first use: the visitor's own date, sharing an image card,
 * and the center's celebrations this month. Each is a controller with its own state that the element
 * creates with a narrow context (`MilestoneContext`); their strings and styles load with them.
 */
import './i18n/index.js';

export { PersonalEntry, STORAGE_KEY, readRemembered } from './personal.js';
export { ShareCard, drawCard } from './share.js';
export { CelebrationsList, readCelebrations, type Celebration } from './celebrations.js';
export type { MilestoneContext } from './context.js';
