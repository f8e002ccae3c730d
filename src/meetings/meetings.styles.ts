import { css } from 'lit';

export const meetingsStyles = css`
  .finder {
    display: grid;
    gap: 1rem;
    padding: 0.25rem;
  }
  form.filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
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
    flex: 1 1 16rem;
  }
  .hint {
    font-weight: 400;
    font-size: 0.85rem;
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
    max-width: 100%;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  fieldset legend {
    width: 100%;
    padding: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    min-height: 44px;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }
  details {
    flex: 1 1 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75rem;
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  .near {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.95rem;
  }
  h3.day {
    margin: 1rem 0 0.25rem;
    font-size: 1.1rem;
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
    grid-template-columns: minmax(5.5rem, auto) 1fr;
    gap: 0.15rem 1rem;
    text-align: start;
    background: var(--_surface-alt);
    color: var(--_text);
    border: 1px solid transparent;
    padding: 0.75rem;
  }
  [part~='meeting'] button:hover {
    border-color: var(--_border);
  }
  .time {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .name {
    font-weight: 700;
    color: var(--_accent);
  }
  .meta {
    grid-column: 2;
    color: var(--_muted);
  }
  .badges {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .badge {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.85rem;
    color: var(--_text);
  }
  .badge.live {
    border-color: var(--_success);
    color: var(--_success);
    font-weight: 700;
  }
  .detail {
    display: grid;
    gap: 0.75rem;
  }
  .detail h3 {
    margin: 0;
    font-size: 1.4rem;
  }
  .detail h4 {
    margin: 0.5rem 0 0;
  }
  .detail p {
    margin: 0;
  }
  .notes {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    text-decoration: none;
    font-weight: 600;
  }
  a.button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
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
  .print-links {
    grid-column: 2;
    font-size: 0.85rem;
  }
  @media (max-width: 30rem) {
    [part~='meeting'] button {
      grid-template-columns: 1fr;
    }
    .meta,
    .badges {
      grid-column: 1;
    }
  }
  @media print {
    form.filters,
    .actions,
    button.back,
    .count {
      display: none;
    }
    .legend {
      display: block;
    }
    [part~='meeting'] button {
      border: 0;
      background: none;
      padding: 0.25rem 0;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    .print-links {
      display: block;
    }
  }
`;
