import { css } from 'lit';

/** Personal entry, sharing and the celebrations list; adopted when they first load. */
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
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  input[type='date'],
  textarea {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    box-sizing: border-box;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  textarea {
    width: 100%;
    max-width: 32rem;
  }
  input[type='date'] {
    width: 100%;
    max-width: 16rem;
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
  .celebrations ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
