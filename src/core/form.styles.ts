import { css } from 'lit';

/**
 * (Comments here, not in the CSS, which ships.) An empty notice takes no room and paints nothing, but stays
 * on the page as a live region, ready to be heard: it is clipped to nothing, whatever other rule gives notices
 * a border or a background (an empty error region positioned over a heading once hid its first letters).
 *
 * Form controls as every element's forms draw them: labels, text fields, selects, radio and check boxes with
 * 44px targets, and notices that take no room when empty. Loaded with the forms that use them.
 */
export const formStyles = css`
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
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
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  input[aria-invalid='true']:not([type='radio']),
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
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
  .private-link .row input {
    flex: 1 1 12rem;
  }
  .confirm {
    display: grid;
    gap: 0.5rem;
  }
  .notice:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
