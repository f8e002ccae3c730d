// Interim typing for the tags in templates (strictTemplates), until the package's own types (recovery-widgets/vue)
// are used here.
import type { DefineComponent } from 'vue';
import type { RecoveryRsvpEvent } from 'recovery-widgets';

declare module 'vue' {
  interface GlobalComponents {
    'recovery-events': DefineComponent<{ api?: string; limit?: number; onRecoveryRsvp?: (event: RecoveryRsvpEvent) => void }>;
    'recovery-meetings': DefineComponent<{ meetings?: unknown[]; timeZone?: string }>;
  }
}
