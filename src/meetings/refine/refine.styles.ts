import { css } from 'lit';

export const refineStyles = css`
  .panel {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.75rem 1rem;
    align-items: end;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .panel > .types,
  .panel > div {
    grid-column: 1 / -1;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  fieldset legend {
    padding: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
    min-height: 44px;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .types {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .types summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    min-height: 44px;
    padding: 0 0.75rem;
    cursor: pointer;
    font-weight: 600;
  }
  .types summary::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .types[open] summary::after {
    transform: rotate(-135deg);
  }
  .types fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    padding: 0 0.75rem 0.5rem;
  }
  .near-bar {
    display: grid;
    gap: 0.25rem;
  }
  .near-bar label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .near-bar select {
    width: auto;
  }
`;
