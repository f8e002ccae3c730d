import { css } from 'lit';

/**
 * (Comments here, not in the CSS.) The console is a whole page, so its root paints the surface. Targets are at
 * least 44 px (check-in is done on phones, at the door); lists become one column under 40rem. Buttons are the
 * theme's: filled for the one primary action of a view, outlined (`secondary`) for the rest, red (`danger`) for
 * what removes or cancels. `a.button` is a link that looks like a button (navigation, downloads).
 */
export const staffStyles = css`
  .root {
    background: var(--_surface);
    min-height: 100dvh;
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0;
  }
  h1 {
    font-size: 1.35rem;
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.15rem;
  }
  h4 {
    font-size: 1.05rem;
    margin: 0;
  }
  p {
    margin: 0;
  }
  h1[tabindex='-1']:focus,
  h2[tabindex='-1']:focus {
    outline: none;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .bar .who {
    flex: 1 0 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1rem;
    color: var(--_muted);
    font-size: 0.95rem;
  }
  .bar .who a,
  button.link {
    display: inline-flex;
    align-items: center;
    min-height: 32px;
  }
  button.link {
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    font-size: inherit;
  }
  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--_border);
  }
  .tabs a,
  .subtabs a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.75rem;
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
  }
  .tabs a[aria-current='page'],
  .subtabs a[aria-current='page'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .subtabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .main {
    display: grid;
    gap: 1.25rem;
    align-content: start;
    max-width: 72rem;
    padding: 1.25rem 1rem 3rem;
    margin: 0 auto;
  }
  .main.narrow {
    max-width: 30rem;
  }
  .sign-in,
  .stack,
  section {
    display: grid;
    gap: 1rem;
    align-content: start;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
  }
  button.secondary,
  a.button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }
  a.button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.danger {
    background: transparent;
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }
  button.danger.confirm-yes {
    background: var(--_danger);
    color: var(--_surface);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .hint,
  .muted {
    color: var(--_muted);
  }
  .callout {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .callout.warn {
    border-inline-start-color: var(--_danger);
  }
  .cards {
    display: grid;
    gap: 1rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card .meta {
    color: var(--_muted);
    font-size: 0.95rem;
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85rem;
    font-weight: 600;
  }
  .badge.ok {
    color: var(--_success);
  }
  .badge.warn {
    color: var(--_danger);
  }
  .prose {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-width: 70ch;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .grid-2 {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  fieldset.group {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset.group legend {
    padding: 0 0.25rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .confirm {
    padding: 1rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .cards.compact {
    gap: 0.5rem;
  }
  .cards.compact .card {
    gap: 0.2rem;
    padding: 0.6rem 0.9rem;
  }
  @media (max-width: 40rem) {
    .tabs a,
    .subtabs a {
      padding: 0 0.5rem;
    }
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-bottom: 0.5rem;
    }
    .actions > button,
    .actions > a.button {
      flex: 1 1 auto;
    }
  }
`;
