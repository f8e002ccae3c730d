// What both pages do once the elements are registered: set properties, and listen for RSVPs.
import { MEETINGS } from './meetings.js';

const events = document.querySelector('recovery-events');
events.limit = 3;
events.addEventListener('recovery-rsvp', (event) => {
  const { status, eventId } = event.detail; // never a name or a contact
  document.querySelector('#rsvp-received').textContent = `RSVP received: ${status} (${eventId})`;
});

// An array: only a property can carry it.
document.querySelector('recovery-meetings').meetings = MEETINGS;
