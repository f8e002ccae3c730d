import { css } from 'lit';

/**
 * The list and the cards. The form's styles load with the form (rsvp.styles.ts).
 *
 * (Comments here, not in the CSS, which ships.) Cards in a row are as tall as the tallest, with their actions
 * on one line at the bottom; an open form (or its confirmation) takes the whole row instead of stretching one
 * card beside empty ones.
 *
 * The shared loading view (core/status.ts) draws its rows as tall as one card, on a phone and wider, so
 * the list takes the place of the rows without a jump. The skip link and the end of the list it leads to
 * are hidden until focused. The date tile's words take a line each ("DEC" over "19"; "19" over "DIC" in
 * Spanish), which the wide word spacing forces whatever their length. "Lost the link to your RSVP?" under the list is
 * a quiet link-like button: few need it.
 */
export const eventsStyles = css`
  :host {
    --recovery-skeleton-row-height: 26rem;
    --recovery-skeleton-rows: 3;
  }
  @media (min-width: 48rem) {
    :host {
      --recovery-skeleton-row-height: 24rem;
    }
  }
  .skip:focus {
    margin: 0.3rem;
    display: flex;
    align-items: center;
    min-height: 44px;
  }
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
  .head {
    display: flex;
    gap: 0.75rem;
  }
  .head div {
    display: grid;
    gap: 0.5rem;
  }
  .tile {
    flex: none;
    align-self: start;
    width: 3.5rem;
    padding: 0.4rem 0;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    text-transform: uppercase;
    word-spacing: 4rem;
  }
  .when,
  .where {
    display: flex;
    flex-direction: column;
  }
  .when time {
    font-weight: 600;
  }
  .muted {
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
  .status.error,
  .lost {
    margin-top: 1rem;
  }
  .lost button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 0.9rem;
    text-decoration: underline;
  }
`;
