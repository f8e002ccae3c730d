import { useState } from 'react';
import type { RsvpDetail } from 'recovery-widgets';
import { MEETINGS } from './meetings';

/** The center API (`npm run api` in the recovery-widgets repository serves it here, and lets port 5173 call it). */
const API = import.meta.env.VITE_RECOVERY_API ?? 'http://127.0.0.1:8787';

export function App() {
  const [rsvp, setRsvp] = useState<RsvpDetail>();
  return (
    <main>
      <h1>Alumni events</h1>
      <recovery-events api={API} limit={3} onrecovery-rsvp={(event) => setRsvp(event.detail)} />
      <p role="status">{rsvp ? `RSVP received: ${rsvp.status} (${rsvp.eventId})` : ''}</p>
      <h2>Meetings</h2>
      <recovery-meetings meetings={MEETINGS} time-zone="America/New_York" />
    </main>
  );
}
