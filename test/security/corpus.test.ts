/**
 * The nastiest feeds, kept as fixed regression cases (test/security/corpus/): each one in every element
 * and view, as the `data` property and as an inline JSON child. Beyond "nothing ran, nothing unsafe,
 * nothing uncaught, nothing stuck", each case checks what it is about: markup shown as text, prototypes
 * untouched, problems reported rather than thrown.
 */
import {expect} from '@open-wc/testing';
import {validateFeedText} from '../../src/core/validate.js';
import {formatPath} from '../../src/core/paths.js';
import {renderHostile, VIEWS} from './render.js';
import {HUGE} from './hostile.js';

const CORPUS = [
  'markup-everywhere',
  'prototype-keys',
  'wrong-types',
  'duplicates-and-references',
  'early-and-late-years',
];

async function text(name: string): Promise<string> {
  return (await fetch(new URL(`./corpus/${name}.json`, import.meta.url))).text();
}

/** Nested `depth` levels of arrays, as JSON text (no object of that depth is ever built here). */
const deepJson = (depth: number) => `${'['.repeat(depth)}"<script>__pwned()</script>"${']'.repeat(depth)}`;

describe('the corpus of hostile feeds, in every element and view', function () {
  this.timeout(120_000);

  for (const name of CORPUS) {
    it(`${name}: nothing runs, nothing unsafe, nothing uncaught, nothing stuck`, async () => {
      const json = await text(name);
      for (const [i, view] of VIEWS.entries()) {
        for (const inline of [false, true]) {
          const r = await renderHostile(JSON.parse(json), view, i, inline);
          const where = `${name} in ${view.name}${inline ? ' (inline)' : ''}`;
          expect(r.pwned, where).to.equal(0);
          expect(JSON.stringify(r.findings), where).to.equal('[]');
          expect(r.uncaught, where).to.deep.equal([]);
          expect(r.state, where).to.not.equal('loading');
        }
      }
    });
  }

  it('markup in a feed is shown as the text it is', async () => {
    const feed = JSON.parse(await text('markup-everywhere'));
    const list = VIEWS.find((v) => v.name === 'calendar list')!;
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const el = document.createElement('twin-event-calendar');
      el.setAttribute('view', 'list');
      el.setAttribute('lang', 'en');
      (el as HTMLElement & {data: unknown}).data = feed;
      host.append(el);
      await el.updateComplete;
      for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[data-event]'); i++)
        await new Promise((r) => setTimeout(r, 20));
      const shown = el.shadowRoot!.textContent!;
      expect(shown).to.contain('"><svg/onload=__pwned()> event 1');
      expect(shown).to.contain('<!--?lit$123456$-->');
      expect(el.shadowRoot!.querySelector('svg[onload], img')).to.equal(null);
    } finally {
      host.remove();
    }
    expect(list).to.exist;
  });

  it('prototype keys are dropped and reported, and pollute nothing', async () => {
    const json = await text('prototype-keys');
    const r = validateFeedText(json, 'corpus');
    const unsafe = r.problems.filter((p) => p.code === 'unsafe-key').map((p) => formatPath(p.path));
    expect(unsafe).to.include.members([
      '$.__proto__',
      '$.constructor',
      '$.cities[0].name.__proto__',
      '$.events[0].__proto__',
      '$.events[0].prototype',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(({} as Record<string, unknown>)['isAdmin']).to.equal(undefined);
    expect(Object.getPrototypeOf(r.feed!)).to.equal(Object.prototype);
    for (const view of VIEWS) await renderHostile(JSON.parse(json), view, 0);
    expect(({} as Record<string, unknown>)['polluted'], 'after rendering').to.equal(undefined);
  });

  it('wrong types, duplicates and dangling references are reported item by item, never thrown', async () => {
    for (const name of ['wrong-types', 'duplicates-and-references']) {
      const r = validateFeedText(await text(name), name);
      expect(r.feed, name).to.not.equal(null);
      expect(r.problems.length, name).to.be.greaterThan(5);
      for (const p of r.problems)
        expect(p.message, `${name} ${formatPath(p.path)}`)
          .to.be.a('string')
          .and.not.equal('');
    }
    const dup = validateFeedText(await text('duplicates-and-references'), 'dup');
    expect(dup.feed!.events.map((e) => e.id)).to.deep.equal(['e', 'f']);
    expect(dup.feed!.events[1]!.cities).to.deep.equal(['b', 'b']);
  });

  it('years outside 1000 to 9999 are refused; the last instant of 9999 renders', async () => {
    const r = validateFeedText(await text('early-and-late-years'), 'years');
    expect(r.feed!.events.map((e) => e.id)).to.deep.equal(['y1000', 'end', 'ok']);
    expect(r.feed!.delegations.map((d) => d.id)).to.deep.equal(['d9']);
  });

  it('deep nesting and a megabyte string: cut and reported, quickly', async () => {
    const base = JSON.parse(await text('duplicates-and-references'));
    const json = JSON.stringify({
      ...base,
      deep: '__DEEP__',
      events: [...base.events, {id: 'huge', title: 'huge', start: '2021-07', notes: HUGE, description: HUGE}],
    }).replace('"__DEEP__"', deepJson(5000));
    const started = performance.now();
    const r = validateFeedText(json, 'deep');
    const ms = performance.now() - started;
    expect(r.problems.some((p) => p.code === 'too-deep')).to.equal(true);
    expect(r.problems.some((p) => formatPath(p.path) === '$.events[3].description')).to.equal(true);
    // A liveness bound (this machine validates it in a few ms), not a speed budget.
    expect(ms).to.be.lessThan(5_000);
    for (const view of VIEWS) {
      const out = await renderHostile(JSON.parse(json), view, 1);
      expect(out.pwned + out.findings.length + out.uncaught.length, view.name).to.equal(0);
    }
  });
});
