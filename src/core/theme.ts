import {css} from 'lit';

/**
 * The kit's design tokens. Every `--twin-*` property can be set by the host page; the values here are
 * the documented defaults. `light-dark()` follows the `theme` attribute through `color-scheme`.
 */
export const tokens = css`
  :host {
    --_text: var(--twin-color-text, light-dark(#1d2430, #e8ebf0));
    --_bg: var(--twin-color-bg, light-dark(#ffffff, #16191e));
    --_surface: var(--twin-color-surface, light-dark(#f4f6f9, #1f242b));
    --_muted: var(--twin-color-muted, light-dark(#4f5b6b, #a9b3c1));
    --_border: var(--twin-color-border, light-dark(#c9d1dc, #3a4350));
    --_accent: var(--twin-color-accent, light-dark(#0b5cad, #7cb7ff));
    --_on-accent: var(--twin-color-on-accent, light-dark(#ffffff, #0b1522));
    --_danger: var(--twin-color-danger, light-dark(#a4161a, #ff8a8a));
    --_notice-bg: var(--twin-color-notice-bg, light-dark(#fff6d6, #3a3117));
    --_focus: var(--twin-color-focus, light-dark(#0b5cad, #9ccaff));
    --_radius: var(--twin-radius, 0.375em);
    --_space: var(--twin-space, 1em);

    display: block;
    /* Each element measures its own width (container queries), so its content does not size it: where a
       layout asks how wide it wants to be (a flex row, an auto grid column, a centred column, a page in
       vertical writing) it says 60em, and shrinks to what there is. */
    contain-intrinsic-inline-size: 60em;
    min-inline-size: 0;
    max-inline-size: 100%;
    color-scheme: light dark;
    background: var(--_bg);
    /* The widget draws its own background (dark in a dark system on a light site): its content keeps clear
       of the edge and the corners are rounded, like a card. */
    padding: var(--twin-inset, 0.75em);
    border-radius: var(--_radius);
    font: inherit;
    /* The page's rules reach the host itself (a theme's \`* {line-height: 2}\`) and everything inside
       inherits from it: the text metrics that keep the layout are fixed here, over any normal rule of the
       page. The font's family and size still follow the page; colours follow the --twin-* properties. */
    box-sizing: border-box !important;
    color: var(--_text) !important;
    line-height: 1.45 !important;
    text-align: start !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    font-style: normal !important;
    font-weight: normal !important;
    font-variant: normal !important;
    text-shadow: none !important;
    word-break: normal !important;
    -webkit-text-fill-color: currentcolor !important;
    /* A page set in vertical writing (a Japanese theme's body {writing-mode: vertical-rl}) keeps the
       widgets horizontal: their grids, tables and maps are laid out in rows. Direction still follows
       the page (right-to-left works). */
    writing-mode: horizontal-tb !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: max(24px, 1.75em);
    min-width: max(24px, 1.75em);
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  /* Form controls (the list's search and sort, the report's year): one look in every element. */
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: max(24px, 1.75em);
    padding: 0.2em 0.5em;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  /* What a partner is when not a city ("Gangwon (province)"), beside its name. */
  .kind {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Styles of the states every element shares: loading, error, empty (the notice's come with feed-states.ts). */
export const stateStyles = css`
  .state {
    display: grid;
    gap: 0.5em;
    align-content: center;
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Only while loading is the element's usual height reserved: an empty or failed element says its
     sentence in the room it needs. */
  .loading {
    min-height: var(--twin-reserved-height, 16em);
    background: linear-gradient(90deg, var(--_surface) 0%, var(--_bg) 50%, var(--_surface) 100%) 0 0 / 200% 100%;
    animation: twin-shimmer 1.6s linear infinite;
  }
  @keyframes twin-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading {
      animation: none;
    }
  }
    /* Pre-rendered content, while the data loads: where it was before the element was defined (the host's
     inset taken back), so nothing moves when the script runs. */
  .pre::slotted([data-twin-static]) {
    margin: calc(-1 * var(--twin-inset, 0.75em));
  }
  .error {
    border-color: var(--_danger);
  }
  .error-title {
    margin: 0;
    font-size: 1.1em;
    font-weight: 600;
    color: var(--_danger);
  }
  .error p,
  .empty p {
    margin: 0;
  }
  .source {
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .state {
      border: 1px solid CanvasText;
    }
  }
`;
