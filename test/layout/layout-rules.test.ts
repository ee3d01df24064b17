/**
 * The layout check's own rules (layout-rules.ts), on small hand-made widgets: each rule finds what it must,
 * and nothing a reader does not see is held against a widget (hidden, scrolled out, clipped by design).
 */
import {expect} from '@open-wc/testing';
import {html, render, type TemplateResult} from 'lit';
import {checkLayout, textBoxes, type Rule} from './layout-rules.js';

let host: HTMLElement | undefined;

/** A host alone in <body>, its shadow root holding `content`. */
function widget(content: TemplateResult, hostStyle = ''): HTMLElement {
  host?.remove();
  host = document.createElement('div');
  host.setAttribute('style', `display: block; padding: 12px; ${hostStyle}`);
  render(content, host.attachShadow({mode: 'open'}));
  document.body.append(host);
  return host;
}
const rules = (el: HTMLElement, dark = false): Rule[] => checkLayout(el, dark).map((f) => f.rule);

afterEach(() => {
  host?.remove();
  host = undefined;
});

describe('the layout rules', () => {
  it('pass a plain widget', () => {
    const el = widget(html`<p>One line of text</p><p>Another</p>`);
    expect(rules(el, true)).to.deep.equal([]);
    expect(textBoxes(el).map((b) => b.text)).to.deep.equal(['One line of text', 'Another']);
  });

  it('find two texts drawn over each other, and say which', () => {
    const el = widget(
      html`<div style="position: relative; height: 40px"><span style="position: absolute; top: 0">First text</span><span style="position: absolute; top: 4px; left: 10px">Second text</span></div>`,
    );
    const failures = checkLayout(el, false);
    expect(failures.map((f) => f.rule)).to.deep.equal(['overlap']);
    expect(failures[0]!.detail).to.contain('First text').and.contain('Second text');
  });

  it('find SVG labels drawn over each other', () => {
    const el = widget(
      html`<svg width="200" height="60"><text x="10" y="30">Niigata</text><text x="20" y="32">Musashino</text></svg>`,
    );
    expect(rules(el)).to.deep.equal(['overlap']);
  });

  it('ignore what is not drawn: visually hidden, display none, visibility hidden, opacity 0, a closed details', () => {
    const el = widget(
      html`
      <style>.vh {position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap}</style>
      <div style="position: relative">
        <span>Shown text here</span>
        <span class="vh" style="left: 0; top: 0">Hidden copy of the shown text</span>
        <span style="position: absolute; left: 0; top: 0; display: none">none</span>
        <span style="position: absolute; left: 0; top: 0; visibility: hidden">hidden</span>
        <span style="position: absolute; left: 0; top: 0; opacity: 0">transparent</span>
      </div>
      <details><summary>Summary</summary><div style="margin-top: -1.4em">Closed content over the summary</div></details>`,
    );
    expect(rules(el)).to.deep.equal([]);
    expect(textBoxes(el).map((b) => b.text.trim())).to.deep.equal(['Shown text here', 'Summary']);
  });

  it('count only the visible part of rows in a scroll box: rows scrolled out do not overlap what is below', () => {
    const rows = Array.from({length: 30}, (_, i) => html`<div style="height: 20px">${`Row ${i}`}</div>`);
    const el = widget(
      html`<div class="scroll" style="height: 100px; overflow: auto">${rows}</div><p style="margin: 0">Below the box</p>`,
    );
    const scroll = el.shadowRoot!.querySelector('.scroll')!;
    scroll.scrollTop = 200;
    expect(rules(el)).to.deep.equal([]);
    const texts = textBoxes(el).map((b) => b.text);
    expect(texts).to.include('Row 12').and.not.include('Row 2').and.not.include('Row 20');
  });

  it('find text cut without an ellipsis, or with one but no full text; pass an ellipsis with a title', () => {
    const long = 'A title far too long for the narrow box it is drawn in';
    const box = 'display: block; width: 120px; white-space: nowrap; overflow: hidden';
    expect(rules(widget(html`<span style="${box}">${long}</span>`))).to.deep.equal(['clipped-text']);
    const noAlt = checkLayout(widget(html`<span style="${box}; text-overflow: ellipsis">${long}</span>`), false);
    expect(noAlt.map((f) => f.rule)).to.deep.equal(['clipped-text']);
    expect(noAlt[0]!.detail).to.contain('no full text').and.not.contain('no ellipsis');
    expect(
      rules(widget(html`<span style="${box}; text-overflow: ellipsis" title="${long}">${long}</span>`)),
    ).to.deep.equal([]);
    // Overflow hidden that cuts nothing (the text fits) is fine.
    expect(rules(widget(html`<span style="${box}">Short</span>`))).to.deep.equal([]);
  });

  it('find a page that scrolls sideways, and a document taller than the widget', () => {
    expect(rules(widget(html`<div style="width: ${innerWidth + 200}px">Wide</div>`))).to.include('sideways-scroll');
    const tall = widget(
      html`<div style="position: relative; height: 40px; overflow: hidden"><div style="position: absolute; top: 0; width: 1px; height: ${innerHeight * 3}px"></div></div>`,
    );
    // overflow hidden on a box does not stop an absolutely positioned child from sizing the page when
    // the box is not its containing block; here it is, so nothing leaks:
    expect(rules(tall)).to.deep.equal([]);
    const leak = widget(
      html`<div style="height: 40px; overflow: hidden"><div style="position: absolute; top: 0; width: 1px; height: ${innerHeight * 3}px"></div></div>`,
    );
    expect(rules(leak)).to.deep.equal(['blank-height']);
  });

  it('in dark mode, find text within 4 px of the widget’s edge', () => {
    const el = widget(html`<p style="margin: 0">Edge</p>`, 'padding: 2px');
    expect(rules(el, false)).to.deep.equal([]);
    expect(rules(el, true)).to.deep.equal(['edge']);
    expect(rules(widget(html`<p style="margin: 0">Inside</p>`, 'padding: 12px'), true)).to.deep.equal([]);
  });
});
