import { css } from 'lit';

/**
 * The list and the cards. The form's styles load with the form (rsvp.styles.ts).
 *
 * (Comments here, not in the CSS, which ships.) Cards in a row are as tall as the tallest, with their actions
 * on one line at the bottom; an open form (or its confirmation) takes the whole row instead of stretching one
 * card beside empty ones.
 */
export const eventsStyles = css`
  .events {
    list-style: none;
    margin: 0;
    padding: 0.25rem;
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
  }
  .events > li:has(form, [part~='confirmation']) {
    grid-column: 1 / -1;
  }
  .events > li {
    display: grid;
  }
  .event {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h3,
  h4,
  h5,
  p {
    margin: 0;
  }
  h3 {
    font-size: 1.2rem;
    line-height: 1.3;
  }
  h4 {
    font-size: 1.1rem;
  }
  .when,
  .where {
    display: flex;
    flex-direction: column;
  }
  .when time {
    font-weight: 600;
  }
  .muted,
  .hint {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .badges:empty {
    display: none;
  }
  .badge {
    padding: 0.1rem 0.6rem;
    border: 1px solid var(--_success);
    border-radius: 999px;
    color: var(--_success);
    font-size: 0.85rem;
    font-weight: 600;
  }
  .badge.cancelled {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .spots {
    font-weight: 600;
  }
  .spots:empty {
    display: none;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button.danger {
    background: transparent;
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .toggle {
    justify-self: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .event > .actions {
    margin-top: auto;
  }
  .actions:empty,
  .invite:empty {
    display: none;
  }
  .invite {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .invite p {
    margin: 0;
  }
  .invite input {
    font: inherit;
    min-height: 44px;
    width: min(100%, 28rem);
    padding: 0 0.5rem;
  }
  .event:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .status.error {
    margin-top: 1rem;
  }
`;
