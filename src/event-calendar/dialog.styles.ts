/** The details dialog of the calendar (after event-calendar.styles.ts in the element's styles). */
import {css} from 'lit';

export const dialogStyles = css`
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  dialog {
    width: min(40em, 92vw);
    max-height: 85vh;
    overflow: auto;
    padding: 1em 1.25em;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    gap: 1em;
  }
  .dialog-head [role='heading'] {
    flex: 1;
    margin: 0 0 0.5em;
    font-size: 1.2em;
    font-weight: 600;
  }
  .close {
    font-size: 1.2em;
    line-height: 1;
    padding: 0.2em 0.5em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35em 1em;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .description {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: center;
    margin-block-start: 0.75em;
  }
`;
