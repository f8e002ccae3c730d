import { css } from 'lit';

/**
 * (Comments here, not in the CSS.) The e-mail section: the counts as tiles (two a row on a phone), the settings and
 * the data policy side by side where there is room, and a message's text as it was written, line breaks kept, in a
 * framed block that reads as a letter rather than as part of the console. A summary is a 44 px target like the
 * console's buttons.
 */
export const mailStyles = css`
  dl.mail-counts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem;
    margin: 0;
  }
  dl.mail-counts div {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  dl.mail-counts dt {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  dl.mail-counts dd {
    margin: 0;
    font-size: 1.4rem;
    font-weight: 700;
  }
  dl.mail-counts .warn dd {
    color: var(--_danger);
  }
  .not-set-up {
    overflow-wrap: anywhere;
  }
  .not-set-up ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    font-weight: 600;
  }
  .message .head h4 {
    flex: 1 1 16rem;
    overflow-wrap: anywhere;
  }
  .message .meta {
    overflow-wrap: anywhere;
  }
  .last-error {
    color: var(--_danger);
    overflow-wrap: anywhere;
  }
  details.read summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    width: fit-content;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  .mail-text {
    margin-top: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (max-width: 40rem) {
    dl.mail-counts {
      grid-template-columns: 1fr 1fr;
    }
  }
`;
