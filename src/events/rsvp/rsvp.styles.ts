import { css } from 'lit';

/** The RSVP form, the confirmation and the manage view (with core/form.styles.ts); adopted when they first load. */
export const rsvpStyles = css`
  .manage {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  form.rsvp,
  .confirmation {
    display: grid;
    gap: 1rem;
    margin-top: 0.5rem;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  input[aria-invalid='true']:not([type='radio']),
  select[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .choices,
  .row,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .notice.error {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
  }
  .notice p {
    flex: 1 1 14rem;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 1rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .manage-link .row input {
    flex: 1 1 12rem;
  }
  .confirm {
    display: grid;
    gap: 0.5rem;
  }
`;
