import { css } from 'lit';

/** Personal entry, sharing and the celebrations list (with core/form.styles.ts); adopted when they first load. */
export const extrasStyles = css`
  .personal,
  .share,
  .celebrations {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .personal.actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    background: none;
    padding: 0;
  }
  .personal {
    gap: 0.75rem;
  }
  .intro {
    margin: 0;
    font-size: 1.15rem;
    line-height: 1.45;
    max-width: 34rem;
  }
  #personal-date {
    max-width: 16rem;
  }
  .preview {
    width: min(100%, 20rem);
    height: auto;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .celebrations ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
