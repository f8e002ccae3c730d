import { createContext } from '@lit/context';
import type { ThemeChoice } from './theme.js';

/** Settings a `<recovery-provider>` gives every element inside it. An element's own attribute wins. */
export interface RecoveryConfig {
  api?: string;
  lang?: string;
  timeZone?: string;
  theme?: ThemeChoice;
}

// A global symbol, so that two copies of the library on one page (CDN tag and bundle) still connect.
export const configContext = createContext<RecoveryConfig | undefined>(Symbol.for('recovery-widgets.config'));
