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
  [role='heading'] {
    margin: 0 0 0.4em;
    line-height: 1.25;
    font-weight: 600;
  }
  .h0 {
    font-size: 1.3em;
  }
  .h1 {
    font-size: 1.1em;
  }
  p {
    margin: 0 0 0.5em;
  }
  /* The year's headline figures: large numbers over what they count, a rule above each, as a newsroom
     sets them; the report's own figures below: smaller, uniform cards. The number comes first. */
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 7em), 1fr));
    gap: 1em;
    margin: 0 0 1em;
  }
  .figure {
    display: grid;
    align-content: start;
    border-block-start: 2px solid var(--_accent);
    padding-block-start: 0.3em;
    break-inside: avoid;
  }
  dd {
    margin: 0;
  }
  .value {
    order: -1;
    font-size: 2.2em;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  .note,
  .source,
  time {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .stated {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.6em;
  }
  .stated .figure {
    border: 0;
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .stated .value {
    font-size: 1.3em;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: 1em;
  }
  .charts > [role='heading'] {
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
    grid-template-columns: fit-content(45%) minmax(5em, 1fr);
    gap: 0.25em 0.6em;
    align-items: center;
    overflow-wrap: anywhere;
  }
  .bars[hidden] {
    display: none;
  }
  /* The bar's value sits at its end, in room kept at the track's end (the longest bar's value). */
  .track {
    display: flex;
    align-items: center;
    padding-inline-end: 2.5em;
  }
  .bar {
    flex: none;
    height: 1.1em;
  }
  rect {
    fill: var(--_accent);
  }
  .unknown rect {
    fill: var(--_muted);
  }
  .n {
    flex: none;
    width: 0;
    padding-inline-start: 0.3em;
    white-space: nowrap;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
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
  .as-table,
  .more {
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
  /* Bullets outside the text: wrapped lines align with the first (a hanging indent). */
  ul {
    margin: 0;
    padding-inline-start: 1.2em;
    list-style: disc;
  }
  li {
    margin-block: 0.2em;
  }
  .sections {
    list-style: none;
    padding: 0;
  }
  .collapsed > :nth-child(n + 4) {
    display: none;
  }
  .event {
    /* Its first line on the bullet's line, however many lines it wraps to. */
    vertical-align: top;
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
    .more,
    .as-table,
    select,
    .bars,
    .section ul {
      display: none;
    }
    .chart .visually-hidden {
      position: static;
      width: 100%;
      height: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .collapsed > * {
      display: list-item !important;
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
