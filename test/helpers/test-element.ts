/** A minimal element on the shared base, to test what all four elements share. */
import {html} from 'lit';
import {TwinElement} from '../../src/core/twin-element.js';
import {defineElement} from '../../src/core/define.js';
import {resolveText} from '../../src/core/localized-text.js';
import type {TwinData} from '../../src/core/merge.js';
import {settle} from './element-object.js';

export class TestTwin extends TwinElement {
  protected override renderContent(data: TwinData) {
    if (data.events.length === 0) return this.renderEmpty('No events');
    return html`<ul part="list">
      ${data.events.map((e) => {
        const t = resolveText(e.title, this.locale, data.defaultLanguage)!;
        return html`<li data-id=${e.id} lang=${t.lang}>${t.text}</li>`;
      })}
    </ul>`;
  }
}
defineElement('test-twin', TestTwin);

declare global {
  interface HTMLElementTagNameMap {
    'test-twin': TestTwin;
  }
}

/** Waits until the element leaves the loading state (the shared settle of element-object.ts). */
export function settled(el: TestTwin): Promise<void> {
  return settle(el);
}
