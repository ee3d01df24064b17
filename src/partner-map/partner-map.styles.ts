/**
 * The partner map's own styles, by part: the element, the summary and toolbar, the map frame and
 * basemap, arcs, markers, controls, hint and legend (here); the card (card.styles.ts) and the table
 * (table.styles.ts); and the media queries that adjust all of them (media.styles.ts: last, so they win).
 */
import {css} from 'lit';

export const partnerMapStyles = css`
  :host {
    container-type: inline-size;
    --twin-reserved-height: min(100vh, 42em);
    --_water: var(--twin-map-water, light-dark(#dbe7f2, #0f1c28));
    --_land: var(--twin-map-land, light-dark(#f5f3ee, #262c34));
    --_partner-land: var(--twin-map-partner-land, light-dark(#e6ecd8, #2f3a31));
    --_map-border: var(--twin-map-border, light-dark(#a9b4bf, #4b5562));
    --_sister: var(--twin-map-sister, light-dark(#b3261e, #ff8f84));
    --_friendly: var(--twin-map-friendly, light-dark(#0b5cad, #7cb7ff));
    --_other: var(--twin-map-other, light-dark(#6b3fa0, #cdb4ff));
    --_home: var(--twin-map-home, light-dark(#1d2430, #f2f4f7));
  }
  .partner-map {
    display: grid;
    /* A wide table scrolls inside its box instead of widening the element. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .summary {
    margin: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    border-radius: 1em;
    padding: 0.15em 0.7em;
    font-size: 0.9em;
  }
  .chip[aria-pressed='true'],
  .view-toggle[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .chip[aria-pressed='true']::before {
    content: '✓';
  }
  .chip .n {
    font-variant-numeric: tabular-nums;
  }
  .stage {
    position: relative;
  }
  .frame {
    position: relative;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
    contain: strict;
  }
  .frame.dragging {
    cursor: grabbing;
  }
  .basemap {
    position: absolute;
    inset: 0;
    display: block;
    transform-origin: 0 0;
    will-change: transform;
  }
  .basemap path {
    vector-effect: non-scaling-stroke;
  }
  .water,
  .outside {
    fill: var(--_water);
  }
  .outside {
    fill-rule: evenodd;
  }
  .graticule {
    fill: none;
    stroke: var(--_map-border);
    stroke-opacity: 0.35;
    stroke-width: 0.5;
  }
  .land {
    fill: var(--_land);
    stroke: var(--_map-border);
    stroke-width: 0.75;
  }
  .partner-country {
    fill: var(--_partner-land);
  }
  .borders {
    fill: none;
    stroke: var(--_map-border);
    stroke-width: 0.6;
  }
  /* A relation's colour, for its arcs and symbols. */
  .sister {
    --c: var(--_sister);
  }
  .friendly {
    --c: var(--_friendly);
  }
  .other {
    --c: var(--_other);
  }
  .home {
    --c: var(--_home);
  }
  .ended {
    --c: var(--_muted);
  }
  .arc {
    fill: none;
    stroke: var(--c);
    stroke-width: 1.5;
    stroke-opacity: 0.75;
    stroke-linecap: round;
  }
  .arc.planned,
  .arc.suspended {
    stroke-dasharray: 4 4;
  }
  .arc.ended {
    stroke-dasharray: 1 4;
  }
  .arc.selected {
    stroke-width: 3.5;
    stroke-opacity: 1;
  }
  .markers {
    position: absolute;
    inset: 0;
    pointer-events: none;
    transform-origin: 0 0;
    will-change: transform;
  }
  .marker {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: auto;
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    min-width: 24px;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: transparent;
    font-size: max(12px, 0.8em);
    line-height: 1.1;
    cursor: pointer;
    /* Script sets the transform to the place; this puts the symbol's centre on it (half the 24px symbol). */
    translate: -12px -12px;
    white-space: nowrap;
  }
  .marker:hover,
  .marker:focus-visible,
  .marker.selected {
    z-index: 2;
  }
  .marker.selected .symbol {
    filter: drop-shadow(0 0 2px var(--_bg)) drop-shadow(0 0 3px var(--_text));
  }
  /*
   * Names sit beside the symbol, outside the 24px target, where label-layout.ts finds room (script moves
   * them); one that fits nowhere at this zoom shows on hover and focus.
   */
  .label {
    position: absolute;
    left: 0;
    top: 0;
    /* Always transformed: placing the names then changes only transforms, which need no second layout. */
    transform: translate(0);
    padding: 0 0.3em;
    border-radius: 0.3em;
    background: color-mix(in srgb, var(--_bg) 85%, transparent);
    color: var(--_text);
  }
  .home .label,
  .with-home .label {
    font-weight: 600;
  }
  .off {
    opacity: 0;
  }
  .marker:hover .label,
  .marker:focus-visible .label {
    opacity: 1;
    z-index: 1;
  }
  .symbol {
    width: 24px;
    height: 24px;
    flex: none;
    stroke-width: 1.5;
    overflow: visible;
    fill: var(--c);
    stroke: var(--_bg);
  }
  .symbol.planned,
  .symbol.suspended,
  .symbol.ended {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 2.5;
  }
  .symbol.planned {
    stroke-dasharray: 3 2;
  }
  .symbol .slash {
    fill: none;
    stroke-width: 2;
    stroke-dasharray: none;
  }
  .chip .symbol,
  .legend .symbol,
  td .symbol,
  dd .symbol {
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }
  .group .count,
  .count-sample {
    /* Flex, not grid, to centre the number: a hundred groups lay out faster. */
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 28px;
    height: 28px;
    padding: 0 0.35em;
    border-radius: 14px;
    background: var(--_text);
    color: var(--_bg);
    border: 2px solid var(--_bg);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    box-shadow: 0 0 0 1px var(--_text);
  }
  [data-n]::before {
    content: attr(data-n);
  }
  .count-sample {
    min-width: 1.5em;
    height: 1.5em;
    font-size: 0.85em;
  }

  .badge {
    line-height: 1.3;
    align-self: start;
    margin-inline-start: -0.6em;
    padding: 0 0.3em;
    border-radius: 0.6em;
    background: var(--_text);
    color: var(--_bg);
    font-weight: 600;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .marker.group:not(.with-home) {
    translate: -14px -14px;
  }
  .controls {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-start: 0.5em;
    display: grid;
    gap: 0.25em;
    justify-items: start;
  }
  /* On a phone the buttons go under the map, in a row, and leave the whole map to the markers. */
  @container (max-width: 479px) {
    .controls {
      position: static;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin-block-start: 0.5em;
    }
    .controls .pan {
      margin: 0;
      grid-template-columns: repeat(4, max(24px, 1.75em));
      grid-template-areas: 'left up down right';
    }
  }
  .controls button {
    padding: 0;
    line-height: 1;
    font-size: 1.05em;
    background: var(--_bg);
  }
  .pan {
    display: grid;
    grid-template-columns: repeat(3, max(24px, 1.75em));
    grid-template-areas: '. up .' 'left . right' '. down .';
    gap: 0.15em;
    margin-block-start: 0.25em;
  }
  .pan-up {
    grid-area: up;
  }
  .pan-left {
    grid-area: left;
  }
  .pan-right {
    grid-area: right;
  }
  .pan-down {
    grid-area: down;
  }
  .hint {
    position: absolute;
    inset: auto 0 1em;
    margin: 0 auto;
    width: fit-content;
    max-width: 90%;
    padding: 0.4em 0.8em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 88%, transparent);
    color: var(--_bg);
    opacity: 0;
    pointer-events: none;
    transition: opacity 0.2s;
  }
  .hint.shown {
    opacity: 1;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .gestures {
    margin: 0.35em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
`;
