import { css } from 'lit';

/**
 * The count, the next milestone and the ones reached. Personal entry and sharing: extras.styles.ts.
 *
 * (Comments here, not in the CSS, which ships.) The milestones reached are a quiet list, each with its mark (an
 * NA keytag's colour, else a chip in the accent) and its date kept on one line: nothing in it looks pressable.
 */
export const milestoneStyles = css`
  .root {
    display: grid;
    gap: 1rem;
  }
  p,
  h3 {
    margin: 0;
  }
  h3 {
    font-size: 1rem;
  }
  .counter {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .count {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem;
    font-size: 1.25rem;
  }
  .number {
    font-size: 3rem;
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .full {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  progress {
    width: 100%;
    max-width: 24rem;
    height: 0.75rem;
    accent-color: var(--_accent);
  }
  .reached ul {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .reached li {
    display: flex;
    align-items: baseline;
    gap: 0.6rem;
  }
  .reached .muted {
    white-space: nowrap;
  }
  .keytag {
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    border: 1px solid var(--_border);
    background: var(--_accent);
  }
  .white { background: #fff; }
  .orange { background: #f28c28; }
  .green { background: #2e9e4f; }
  .red { background: #d0312d; }
  .blue { background: #2f6fd6; }
  .yellow { background: #f5d130; }
  .glow { background: #d8ffb8; box-shadow: 0 0 6px #b6ff7a; }
  .gray { background: #8a8f96; }
  .black { background: #111; }
  .celebration {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_success);
    background: var(--_surface-alt);
    font-weight: 700;
    animation: glow 1.6s ease-in-out 2;
  }
  @keyframes glow {
    50% {
      box-shadow: 0 0 0 6px color-mix(in srgb, var(--_success) 25%, transparent);
    }
  }
  .error {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }
  .crisis {
    font-size: 0.9rem;
  }
  .crisis a {
    display: inline-block;
    min-height: 24px;
  }
  button.secondary {
    justify-self: start;
    background: transparent;
    color: var(--_accent);
  }
`;
