import { css } from 'lit';

/** The carousel and the share panel; adopted when they first load. */
export const extrasStyles = css`
  .carousel {
    display: grid;
    gap: 0.75rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .share-panel .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  .share-panel .links a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
  }
  .share-panel input {
    font: inherit;
    min-height: 44px;
    width: min(100%, 28rem);
    padding: 0 0.5rem;
  }
  .share-panel {
    display: grid;
    gap: 0.5rem;
  }
`;
