/** The partner table's styles (the list view, and what prints instead of the map). */
import {css} from 'lit';

export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  .print-only {
    display: none;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.35em;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: baseline;
  }
  thead th {
    font-weight: 600;
    white-space: nowrap;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .sort {
    border: 0;
    background: none;
    padding: 0.1em 0.2em;
    font-weight: inherit;
  }
  .sort .arrow {
    display: inline-block;
    min-width: 1em;
    font-size: 0.75em;
  }
  .city {
    border: 0;
    background: none;
    padding: 0.1em 0.2em;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .status {
    color: var(--_muted);
  }
`;
