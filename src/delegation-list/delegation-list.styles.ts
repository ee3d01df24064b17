import {css} from 'lit';

export const delegationListStyles = css`
  :host {
    container-type: inline-size;
    --twin-reserved-height: min(100vh, 36em);
  }
  .delegations {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .summary {
    margin: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  input[type='search'] {
    flex: 1 1 14em;
  }
  .sort {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
  }
  select {
    max-width: 100%;
  }
  .filter-panel {
    flex-basis: 100%;
  }
  .filter-panel summary {
    cursor: pointer;
  }
  .scroll.windowed {
    overflow-anchor: none;
    max-height: min(40em, 75vh);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    text-align: start;
    vertical-align: baseline;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg);
    font-weight: 600;
  }
  th:nth-child(-n + 4) {
    width: 15%;
  }
  th:nth-child(2),
  th:nth-child(3) {
    width: 21%;
  }
  .windowed td {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  tr.year th {
    background: var(--_surface);
    font-weight: 600;
  }
  td.spacer {
    padding: 0;
    border: 0;
  }
  .country {
    color: var(--_muted);
  }
  .toggle {
    display: inline-flex;
    gap: 0.35em;
    max-width: 100%;
    border: 0;
    background: none;
    padding: 0.1em 0.2em;
    text-align: start;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .windowed .toggle span:last-child {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Narrow containers: each delegation is a card, its cells labelled. */
  @container (max-width: 599px) {
    thead {
      position: absolute;
      clip-path: inset(50%);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    table,
    tbody,
    tr,
    td,
    th {
      display: block;
      width: auto;
    }
    tr.row {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 0.75em;
      padding: 0.5em 0;
      border-block-end: 1px solid var(--_border);
    }
    tr.row td {
      border: 0;
      padding: 0.1em 0;
    }
    tr.row td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
      font-size: 0.85em;
    }
    td.what {
      grid-column: 1 / -1;
      order: -1;
    }
    .windowed td {
      white-space: normal;
    }
    tr.year th {
      width: auto;
    }
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;
