import { css } from 'lit';

/**
 * (Comments here, not in the CSS.) The events section: who is coming, seats as tiles (two a row on a phone), and the
 * door list, whose rows and buttons are big enough to tap at the door (at least 56 px).
 */
export const eventsStyles = css`
  ul.people,
  ul.door {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .person {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .person .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
  }
  .guest {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    min-height: 64px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 1.1rem;
  }
  .guest.inside {
    background: var(--_surface-alt);
  }
  .guest .who {
    display: grid;
    gap: 0.1rem;
  }
  .guest .done {
    color: var(--_success);
    font-weight: 600;
    font-size: 0.95rem;
  }
  .guest button {
    min-width: 7.5rem;
    min-height: 56px;
    font-size: 1.05rem;
    flex: none;
  }
  .check-in input[type='search'] {
    font-size: 1.15rem;
    min-height: 52px;
    max-width: none;
  }
  .door-count {
    font-size: 1.15rem;
  }
  dl.tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: 0.5rem;
    margin: 0;
  }
  dl.tiles div {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  dl.tiles dt {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  dl.tiles dd {
    margin: 0;
    font-size: 1.4rem;
    font-weight: 700;
  }
  @media (max-width: 40rem) {
    dl.tiles {
      grid-template-columns: 1fr 1fr;
    }
  }
`;
