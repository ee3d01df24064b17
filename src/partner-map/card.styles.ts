/** The partner card's styles (the chosen place's dialog, its links, a group's list of places). */
import {css} from 'lit';

export const cardStyles = css`
  /* Under the map on narrow containers (a sheet that leaves the whole map in view), over its end side on wide ones. */
  .card {
    z-index: 3;
    margin-block-start: 0.75em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.18);
  }
  @container (min-width: 560px) {
    .map-mode .card {
      position: absolute;
      inset-block-start: 0.5em;
      inset-inline-end: 0.5em;
      width: 19em;
      max-height: calc(100% - 1em);
      overflow: auto;
      margin: 0;
    }
  }
  .card-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .card-title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .card-title:focus {
    outline: none;
  }
  .card-title:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .card dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.75em;
    margin: 0.5em 0 0;
  }
  .card dt {
    color: var(--_muted);
  }
  .card dd {
    margin: 0;
  }
  .card .note {
    margin: 0.5em 0 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
  }
  .group-list {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .close {
    padding: 0;
    line-height: 1;
    font-size: 1.2em;
  }
`;
