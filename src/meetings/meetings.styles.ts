import { css } from 'lit';

// The finder's first screen: the first tier of filters, the list head and the rows. The open meeting and the
// filters behind "Filters" bring their own styles when they load (detail/, refine/). The skeleton tokens tell
// the shared loading view (core/status.ts) one real row's height on a phone and wider, so nothing jumps when the
// meetings arrive (a page's own setting on the element still wins).
export const meetingsStyles = css`
  :host {
    --recovery-skeleton-row-height: 8rem;
    --recovery-skeleton-rows: 5;
  }
  .finder {
    display: grid;
    gap: 0.75rem;
    padding: 0.25rem;
  }
  form.filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin: 0;
  }
  label,
  legend {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
    font-size: 0.95rem;
  }
  .search {
    flex: 3 1 18rem;
  }
  .day {
    flex: 1 1 8rem;
  }
  .hint,
  .note,
  .meta,
  .kind,
  .list-end,
  small {
    font-weight: 400;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  input[type='search'],
  select {
    font: inherit;
    min-height: 44px;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 400;
    width: 100%;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .more::after {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin: 0 0 0.2em 0.6em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .more[aria-expanded='true']::after {
    transform: rotate(-135deg);
    margin-bottom: -0.1em;
  }
  .refine {
    flex: 1 1 100%;
  }
  .near-me {
    padding-inline: 0.75rem;
  }
  .near-me::before {
    content: '';
    display: inline-block;
    width: 0.55em;
    height: 0.55em;
    margin-inline-end: 0.5em;
    border: 2px solid currentColor;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
  }
  .list-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .count,
  .note,
  .list-end {
    margin: 0;
  }
  .count {
    font-weight: 600;
  }
  .skip {
    justify-self: start;
    padding: 0.6rem 0.75rem;
  }
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  h3.day {
    margin: 0.75rem 0 0.5rem;
    font-size: 1.1rem;
  }
  h4.online {
    margin: 0.75rem 0 0.5rem;
    font-size: 0.95rem;
    color: var(--_muted);
  }
  ul.meetings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='meeting'] button {
    width: 100%;
    display: grid;
    grid-template-columns: 6rem 1fr;
    gap: 0.75rem;
    text-align: start;
    background: var(--_surface-alt);
    color: var(--_text);
    border: 1px solid transparent;
    padding: 0.75rem;
  }
  [part~='meeting'] button:hover {
    border-color: var(--_border);
  }
  .time,
  .what {
    display: grid;
    align-content: start;
    gap: 0.15rem;
  }
  .time {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .time small {
    font-size: 0.8rem;
  }
  .away {
    white-space: nowrap;
  }
  .name {
    font-weight: 700;
    color: var(--_accent);
  }
  .program {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.4rem;
    font-size: 0.75rem;
    font-weight: 700;
    color: var(--_text);
    white-space: nowrap;
    vertical-align: 0.1em;
  }
  .live {
    color: var(--_success);
    font-weight: 700;
  }
  .live::after {
    content: ' · ';
    color: var(--_muted);
  }
  .list-end {
    text-align: center;
    padding: 0.5rem;
  }
  .alert {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_danger);
  }
  .legend,
  .print-links {
    display: none;
  }
  @media (min-width: 40rem) {
    :host {
      --recovery-skeleton-row-height: 6rem;
      --recovery-skeleton-rows: 6;
    }
  }
  @media print {
    form.filters,
    .list-head,
    .skip,
    .list-end {
      display: none;
    }
    .legend,
    .print-links {
      display: block;
    }
    [part~='meeting'] button {
      border: 0;
      background: none;
      padding: 0.25rem 0;
    }
  }
`;
