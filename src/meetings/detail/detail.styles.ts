import { css } from 'lit';

export const detailStyles = css`
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
  .when small {
    display: block;
  }
  .dial {
    font-variant-numeric: tabular-nums;
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
    box-sizing: border-box;
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
  .badge {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.85rem;
  }
  .badge.live {
    border-color: var(--_success);
    color: var(--_success);
    font-weight: 700;
  }
  @media print {
    .actions,
    button.back {
      display: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
