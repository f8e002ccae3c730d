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
`;
