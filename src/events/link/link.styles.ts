import { css } from 'lit';

/** "Email me my link" (with core/form.styles.ts): a quiet panel under the list, adopted when it first opens. */
export const linkStyles = css`
  .link-form {
    display: grid;
    gap: 1rem;
    margin-top: 0.5rem;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .link-form .label {
    font-weight: 600;
  }
  .link-form button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;
