// The tags' types in templates (strictTemplates): properties, attributes, and `@recovery-rsvp` given a typed
// RecoveryRsvpEvent.
import type {} from 'recovery-widgets/vue';
