// Interim typing for the tags in TSX, until the package's own types (recovery-widgets/jsx) are used here.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RecoveryEvents, RecoveryMeetings, RecoveryRsvpEvent } from 'recovery-widgets';

type Tag<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'recovery-events': Tag<RecoveryEvents, { api?: string; limit?: number; tags?: string; 'onrecovery-rsvp'?: (event: RecoveryRsvpEvent) => void }>;
      'recovery-meetings': Tag<RecoveryMeetings, { meetings?: unknown[]; 'time-zone'?: string }>;
    }
  }
}
