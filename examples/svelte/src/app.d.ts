// The tags' types in markup: properties, attributes, and `onrecovery-rsvp` given a typed RecoveryRsvpEvent.
import type {} from 'recovery-widgets/svelte';
