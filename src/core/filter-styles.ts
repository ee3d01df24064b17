import {css} from 'lit';

/** The filter panels' chips, shared by the elements that filter (calendar, delegation list). */
export const filterStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: flex-start;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-size: 0.85em;
    color: var(--_muted);
    float: left;
    width: 100%;
  }
  .chip {
    border-radius: 1em;
    padding: 0.15em 0.7em;
    font-size: 0.9em;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .chip[aria-pressed='true']::before {
    content: '✓ ';
  }
  .n {
    font-variant-numeric: tabular-nums;
  }
`;
