import { css } from 'lit';

/**
 * The story form, the thank-you and the withdraw view (with core/form.styles.ts); adopted when they first load.
 *
 * The honeypot is out of sight and out of the tab order; only a bot fills it.
 */
export const tellStyles = css`
  form.tell,
  .confirmation,
  .withdraw {
    display: grid;
    gap: 1rem;
    margin-top: 1rem;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .guidance {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  textarea {
    max-width: 40rem;
    min-height: 12rem;
    resize: vertical;
  }
  input[inputmode='numeric'].short {
    max-width: 6rem;
  }
  .byline-preview {
    color: var(--_muted);
  }
  .byline-preview:empty {
    display: none;
  }
  .consent .check {
    align-items: flex-start;
  }
  .consent .check input {
    margin-top: 0.2rem;
    flex: none;
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  button.danger {
    background: transparent;
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .result:empty {
    display: none;
  }
`;
