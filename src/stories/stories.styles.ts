import { css } from 'lit';

/**
 * The stories, their layouts and sharing. The form's styles load with the form (tell/tell.styles.ts).
 *
 * The loading skeleton has a row per story card: six on a phone, three rows of two cards wider, and one
 * where one story shows.
 */
export const storiesStyles = css`
  :host {
    --recovery-skeleton-rows: 6;
    --recovery-skeleton-row-height: 25rem;
  }
  @media (min-width: 42rem) {
    :host {
      --recovery-skeleton-rows: 3;
    }
  }
  :host([story-id]),
  :host([layout='single']),
  :host([layout='carousel']) {
    --recovery-skeleton-rows: 1;
  }
  .skip {
    display: block;
  }
  h3,
  p {
    margin: 0;
  }
  .stories {
    list-style: none;
    margin: 0;
    padding: 0.25rem;
    display: grid;
    gap: 1rem;
  }
  .stories.cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    align-items: start;
  }
  .story {
    display: grid;
    gap: 0.6rem;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .stories.list .story {
    border-width: 0 0 1px;
    border-radius: 0;
  }
  h3 {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-weight: 600;
  }
  .body {
    display: grid;
    gap: 0.75rem;
    line-height: 1.6;
    max-width: 40rem;
    white-space: pre-line;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9rem;
    font-weight: 400;
  }
  .warning,
  .disclosure {
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .warning {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .disclosure {
    font-size: 0.9rem;
  }
  button.link {
    justify-self: start;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .share {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .crisis,
  .crisis {
    font-size: 0.9rem;
  }
  .crisis a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .stories-region:focus {
    outline: none;
  }
`;
