/**
 * The calendar's own styles: toolbar, filters, bands, month grid, year overview and list. The dialog's
 * styles (dialog.styles.ts) and the narrow, forced-colours and print variants (media.styles.ts) follow it,
 * in that order, in the element's styles.
 */
import {css} from 'lit';

export const eventCalendarStyles = css`
  :host {
    container-type: inline-size;
    /* About a month grid, or the screen: what follows the widget is out of view until it is drawn. */
    --twin-reserved-height: min(100vh, 60em);
  }
  /* One column as wide as the widget: a long unbroken row inside must not widen it (and the toolbar with it). */
  .calendar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  /* The .ics choice opens as a row of its own under the toolbar: never over the calendar or off its edge. */
  .export-wrap {
    display: contents;
  }
  .export-choice {
    flex: 1 1 100%;
    order: 10;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .export-choice .hint {
    flex: 1 1 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .title {
    margin: 0;
    font-size: 1.3em;
    font-weight: 600;
    flex: 1 1 10em;
    text-transform: none;
  }
  .nav,
  .views {
    display: flex;
    gap: 0.25em;
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .prev,
  .next {
    min-width: 2.25em;
    font-size: 1.1em;
    padding-inline: 0.5em;
  }
  .chip .n,
  .band .n,
  .month .n {
    color: inherit;
    opacity: 0.85;
    font-variant-numeric: tabular-nums;
  }
  .more-chips,
  .clear {
    font-size: 0.9em;
    background: transparent;
    border-style: dashed;
  }
  .bands {
    display: grid;
    gap: 0.5em;
  }
  .bands:empty {
    display: none;
  }
  /* Bands read as part of the calendar: a header row like the list's month rows, events as the grid's chips. */
  .band {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .band summary {
    padding: 0.4em 0.75em;
    background: var(--_surface);
  }
  details.band ul {
    padding: 0.35em;
  }
  .band .more-chips {
    margin: 0 0.35em 0.35em;
  }
  .band summary,
  .filter-panel summary {
    cursor: pointer;
    font-weight: 600;
    /* px, not rem: a site's \`html {font-size: 62.5%}\` must not shrink a target under 24 px. */
    min-height: max(24px, 1.5em);
  }
  .filter-panel .active {
    font-weight: 400;
    color: var(--_muted);
  }
  .filter-panel .filters {
    margin-block-start: 0.5em;
  }
  .month .mh {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 600;
  }
  .band ul,
  .month ul,
  .day-list,
  .day-events,
  .cities {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.15em;
  }
  .event-button {
    width: 100%;
    text-align: start;
    border: 0;
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: 0.3em;
    background: var(--_surface);
    padding: 0.2em 0.5em;
  }
  .event-button:hover {
    text-decoration: underline;
  }
  .when {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th {
    padding: 0.25em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
    text-align: center;
  }
  .day {
    height: 7.5em;
    /* px: a bar's width below counts on it (each column is its content, 2 × 3 px and a 1 px border). */
    padding: 3px;
    vertical-align: top;
    border: 1px solid var(--_border);
    cursor: default;
  }
  .day.outside {
    background: var(--_surface);
  }
  .day.outside .num {
    color: var(--_muted);
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .num {
    display: inline-grid;
    place-items: center;
    min-width: 1.8em;
    min-height: 1.8em;
    font-variant-numeric: tabular-nums;
  }
  .today .num {
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .day.has-events {
    cursor: pointer;
  }
  /* Pointer targets of at least 24 px (WCAG 2.5.8); an empty item holds a level that a bar from an earlier day crosses. */
  .day-events li,
  .more {
    min-height: 24px;
    line-height: 24px;
  }
  .chip-event {
    font-size: 0.8em;
    padding: 0 0.35em;
    border-radius: 0.3em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  /* An event of several days: one bar over its days in the row (positioned: drawn over the cells that follow). */
  .bar {
    position: relative;
    width: calc(var(--n, 1) * (100% + 7px) - 7px);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .s2 {
    --n: 2;
  }
  .s3 {
    --n: 3;
  }
  .s4 {
    --n: 4;
  }
  .s5 {
    --n: 5;
  }
  .s6 {
    --n: 6;
  }
  .s7 {
    --n: 7;
  }
  .before {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .after {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .more {
    display: inline-block;
    font-size: 0.8em;
    padding: 0 0.35em;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .hint {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .year {
    display: grid;
    gap: 0.75em;
  }
  .months {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    gap: 0.75em;
  }
  .month {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .month.quiet {
    color: var(--_muted);
  }
  .month-button {
    border: 0;
    background: transparent;
    padding: 0;
    font-weight: 600;
    color: var(--_accent);
    text-decoration: underline;
  }
  .month .n {
    margin: 0 0 0.25em;
    font-size: 0.9em;
  }
  /* Positioned: the box that scrolls is the containing block of the visually hidden texts in its rows,
     so they scroll (and clip) with it instead of stretching the page to the list's full length. */
  .list-scroll {
    overflow-anchor: none;
    position: relative;
    max-height: 36em;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Rows have fixed heights, the events' one and the headers' one (shorter on phones, media.styles.ts): the
     windowed list measures both and counts on them (page-rows.ts). */
  .row {
    display: flex;
    align-items: center;
    gap: 0.75em;
    height: 2.6em;
    padding: 0 0.75em;
    border-block-end: 1px solid var(--_border);
    overflow: hidden;
    white-space: nowrap;
  }
  .row.group {
    background: var(--_surface);
    font-weight: 600;
  }
  .row.event {
    cursor: pointer;
  }
  .row.event:hover {
    background: var(--_surface);
  }
  .row.event:focus-visible {
    outline-offset: -3px;
  }
  .row .when {
    flex: 0 0 auto;
  }
  .row .what {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .row .fmt {
    flex: 0 0 auto;
    font-size: 0.85em;
    color: var(--_muted);
  }
`;
