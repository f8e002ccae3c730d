import { css } from 'lit';

/** (Comments here, not in the CSS.) The meetings form's list of types: a scrolling grid of check boxes. */
export const meetingsStyles = css`
  .type-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0 1rem;
    max-height: 18rem;
    overflow: auto;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
