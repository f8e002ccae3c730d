// Register the tags before React first renders them: React 19 then sets `meetings` and `limit` as properties.
import 'recovery-widgets/define';
// The tags' types in TSX: properties, attributes, and `onrecovery-rsvp` given a typed RecoveryRsvpEvent.
import type {} from 'recovery-widgets/jsx';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
