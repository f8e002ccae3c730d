import { css } from 'lit';

/** The RSVP form, the confirmation and the manage view; adopted by the element when they first load. */
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
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  input:not([type='radio']),
  select {
    font: inherit;
    min-height: 44px;
    width: 100%;
    max-width: 28rem;
    box-sizing: border-box;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  [aria-invalid='true']:not([type='radio']) {
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
  .check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    font-weight: 400;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .notice:empty {
    display: none;
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
