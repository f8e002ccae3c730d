import { css } from 'lit';

/**
 * The RSVP form, the confirmation and the manage view (with core/form.styles.ts); adopted when they first load.
 *
 * (Comments here, not in the CSS, which ships.) The confirmation reads top to bottom as a receipt: a mark and
 * what happened, what was sent, the calendar as a row of buttons, then the private link in a box that shows
 * all of it, wrapped anywhere (a token has no spaces), growing with its text where the browser can
 * (field-sizing) and three lines tall where it cannot. The tick is drawn in CSS: no icon font, no request.
 */
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
  h4 {
    font-size: 1.1rem;
  }
  button.danger {
    background: transparent;
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
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
  .invite {
    display: grid;
    gap: 0.5rem;
  }
  .done-head {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .done-head h4 {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .tick {
    flex: none;
    position: relative;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    background: var(--_success);
  }
  .tick::after {
    content: '';
    position: absolute;
    left: 0.95rem;
    top: 0.55rem;
    width: 0.55rem;
    height: 1.05rem;
    border: solid var(--_surface);
    border-width: 0 0.22rem 0.22rem 0;
    transform: rotate(45deg);
  }
  .tick.wait {
    background: none;
    border: 0.22rem solid var(--_accent);
    box-sizing: border-box;
  }
  .tick.wait::after {
    left: 0.85rem;
    top: 0.35rem;
    width: 0.5rem;
    height: 0.75rem;
    border-color: var(--_accent);
    border-width: 0 0 0.2rem 0.2rem;
    transform: none;
  }
  .recap-box,
  .manage-link {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .recap {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .recap div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1rem;
  }
  .recap dt {
    flex: 0 0 12rem;
  }
  .recap dd {
    flex: 1 1 12rem;
  }
  .recap dt {
    color: var(--_muted);
  }
  .recap dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .calendar {
    display: grid;
    gap: 0.5rem;
  }
  .calendar .links {
    gap: 0.5rem;
  }
  .calendar .links a {
    padding: 0 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
  }
  .manage-link textarea {
    max-width: none;
    field-sizing: content;
    resize: none;
    font-family: ui-monospace, monospace;
    font-size: 0.9rem;
    word-break: break-all;
  }
  .manage-link .row span:empty {
    display: none;
  }
  .rsvp-status {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .rsvp-status.waitlisted {
    border-color: var(--_accent);
  }
  .rsvp-status.off {
    border-color: var(--_muted);
  }
  .gone {
    display: grid;
    gap: 0.25rem;
  }
  .gone h3 {
    font-size: 1.1rem;
  }
`;
