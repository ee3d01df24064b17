/**
 * The calendar in narrow containers, in forced colours and in print: last in the element's styles, so
 * these rules win over the ones they adapt.
 */
import {css} from 'lit';

export const mediaStyles = css`
  @container (max-width: 37.5em) {
    .day {
      height: 3.5em;
    }
    .more {
      pointer-events: none;
      min-height: 0;
      line-height: 1.2;
      font-size: 0;
    }
    /* "+4", not "+4 more": a phone's day is too narrow for the words. */
    .more::before {
      content: attr(data-n);
      font-size: 11px;
    }
    /* Too small to aim at: a tap anywhere in the day lists its events. Events are lines, bars span their days. */
    .day-events li {
      pointer-events: none;
      min-height: 0;
      height: 6px;
      /* and so no padding or border either: they are in em */
      font-size: 0;
    }
    .chip-event {
      background: var(--_accent);
    }
    /* A title in two lines, then an ellipsis; the row's name (and the dialog) has it in full. */
    .row {
      flex-wrap: wrap;
      align-content: center;
      row-gap: 0;
      height: 4.4em;
      line-height: 1.3;
    }
    /* A month's header is one line, not the height of an event's date and two-line title. */
    .row.group {
      height: 2.6em;
    }
    .row .when {
      flex-basis: 100%;
      font-size: 0.85em;
      white-space: normal;
    }
    .row .what {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .row .fmt {
      display: none;
    }
    dl {
      grid-template-columns: 1fr;
    }
  }
  /* Phones: the page scrolls the list (the rows in view are drawn against the page, windowed-rows.ts). */
  @container (max-width: 30em) {
    .list-scroll {
      max-height: none;
      overflow: visible;
    }
  }
  /* The narrowest phones: a date with its times may take two lines, above a title of two. */
  @container (max-width: 23em) {
    .row {
      height: 5.2em;
    }
  }
  @media (forced-colors: active) {
    .chip-event,
    .today .num,
    .chip[aria-pressed='true'],
    .views button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .day {
      border-color: CanvasText;
    }
    .day.outside .num {
      color: GrayText;
    }
  }
  @media print {
    .toolbar button,
    .filters,
    .hint {
      display: none;
    }
    .list-scroll {
      max-height: none;
      overflow: visible;
    }
  }
`;
