import {css} from 'lit';

export const reportSummaryStyles = css`
  :host {
    container-type: inline-size;
    /* A report is taller than any screen: reserving one keeps what follows it out of view until it is drawn. */
    --twin-reserved-height: 100vh;
  }
  :host([compact]) {
    --twin-reserved-height: 24em;
  }
  .report {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: baseline;
    justify-content: space-between;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.4em;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 0.5em;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.75em;
    margin: 0 0 0.75em;
  }
  .figure {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.6em 0.8em;
    break-inside: avoid;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .value {
    display: block;
    font-size: 1.8em;
    font-weight: 600;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .note,
  .source,
  time {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .stated dt {
    font-weight: normal;
  }
  .stated .value {
    font-size: 1.4em;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: 1em;
  }
  .charts h3 {
    grid-column: 1 / -1;
  }
  .chart {
    margin: 0;
    break-inside: avoid;
  }
  figcaption {
    font-weight: 600;
    margin-block-end: 0.3em;
  }
  .bars {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(4em, 1fr) auto;
    gap: 0.2em 0.5em;
    align-items: center;
  }
  .bars[hidden] {
    display: none;
  }
  .label {
    overflow-wrap: anywhere;
  }
  .bar {
    width: 100%;
    height: 1em;
    display: block;
  }
  rect {
    fill: var(--_accent);
  }
  .n {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.2em 0.4em;
    border-block-end: 1px solid var(--_border);
    font-weight: normal;
  }
  thead th {
    font-weight: 600;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .as-table {
    margin-block-start: 0.4em;
    font-size: 0.9em;
  }
  .as-table[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .section {
    border-block-start: 1px solid var(--_border);
    padding-block: 0.6em;
    break-inside: avoid;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  li {
    margin-block: 0.2em;
  }
  .event {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  @media (forced-colors: active) {
    rect {
      fill: CanvasText;
    }
  }
  /* Print: one or two clean pages: tables instead of charts, sections without their lists, no buttons. */
  @media print {
    .copy,
    .as-table,
    select,
    .bars,
    .section ul {
      display: none;
    }
    .chart table.visually-hidden {
      position: static;
      width: 100%;
      height: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .report {
      gap: 0.4em;
      font-size: 8.5pt;
      line-height: 1.3;
    }
    .figures {
      grid-template-columns: repeat(3, 1fr);
      gap: 0.3em;
    }
    .figure {
      border: 1px solid #999;
      padding: 0.3em 0.5em;
    }
    .value {
      font-size: 1.4em;
    }
    .charts {
      grid-template-columns: repeat(4, 1fr);
      gap: 0.6em;
    }
    th,
    td {
      padding: 0 0.3em;
    }
    .section {
      padding-block: 0.2em;
    }
    .section p {
      margin: 0;
    }
  }
`;
