/** The map's media queries (reduced motion, forced colours, print): last in `styles`, so they override every part. */
import {css} from 'lit';

export const mediaStyles = css`
  @media (prefers-reduced-motion: reduce) {
    .hint {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    /* The map draws its own colours (forced-color-adjust: none), from the system palette. */
    :host {
      --_water: Canvas;
      --_land: Canvas;
      --_partner-land: Canvas;
      --_map-border: GrayText;
      --_sister: CanvasText;
      --_friendly: CanvasText;
      --_other: CanvasText;
      --_home: CanvasText;
      --_muted: GrayText;
      --_bg: Canvas;
      --_text: CanvasText;
    }
    .frame,
    .legend,
    .chip .symbol {
      forced-color-adjust: none;
    }
    .arc.selected {
      stroke: Highlight;
    }
    .marker.selected .symbol {
      fill: Highlight;
    }
    .marker:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .frame,
    .controls,
    .legend .gestures,
    .toolbar {
      display: none;
    }
    .print-only {
      display: block;
    }
    .card {
      position: static;
      box-shadow: none;
    }
  }
`;
