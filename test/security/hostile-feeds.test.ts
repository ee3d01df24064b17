/**
 * Hostile feeds, generated: every element in every view renders feeds full of markup, handler
 * attributes, script links, bidi overrides, megabyte strings, deep nesting, prototype keys, wrong types,
 * duplicate ids and thousands of items. Zero payloads run, zero unsafe links or markup appear in any
 * shadow root, nothing is thrown uncaught, and every widget settles (a bounded wait, not a speed test).
 * A counterexample fast-check finds is printed with its seed; add it to corpus/ as a fixed case.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {hostileFeed} from './hostile.js';
import {renderHostile, VIEWS} from './render.js';

/** Generated feeds per view, on every `npm test` (raise it here for a longer hunt). */
const RUNS = 40;
const tally = {cases: 0, renders: 0, states: new Map<string, number>(), slowest: 0};

after(() => {
  // The figures for the record (the suite's closing note quotes them).
  console.log(
    `hostile feeds: ${tally.cases} feeds generated, ${tally.renders} renders in ${VIEWS.length} views; ` +
      `end states ${JSON.stringify(Object.fromEntries(tally.states))}; slowest render ${Math.round(tally.slowest)} ms`,
  );
});

/** A failure said briefly: the seed and path replay it; long strings in the counterexample are cut. */
function reporter<T>(run: fc.RunDetails<T>): void {
  if (!run.failed) return;
  const cut = (_: string, v: unknown) =>
    typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}…(${v.length})` : v;
  const example = JSON.stringify(run.counterexample, cut)?.slice(0, 4000);
  const err = run.errorInstance as Error | undefined;
  throw new Error(
    `${String(err)}\n${err?.stack?.split('\n').slice(1, 6).join('\n') ?? ''}\nseed ${run.seed}, path "${run.counterexamplePath}", after ${run.numRuns} runs\n${example}`,
  );
}

async function check(feed: unknown, viewIndex: number, seed: number, inline: boolean): Promise<void> {
  const view = VIEWS[viewIndex]!;
  const r = await renderHostile(feed, view, seed, inline);
  tally.renders++;
  tally.states.set(`${view.tag}:${r.state}`, (tally.states.get(`${view.tag}:${r.state}`) ?? 0) + 1);
  tally.slowest = Math.max(tally.slowest, r.ms);
  expect(r.pwned, `${view.name}: a payload ran`).to.equal(0);
  expect(JSON.stringify(r.findings), `${view.name}: unsafe markup or links`).to.equal('[]');
  expect(r.uncaught, `${view.name}: uncaught`).to.deep.equal([]);
  expect(r.state, `${view.name}: stuck`).to.not.equal('loading');
}

describe('hostile feeds (property): no script runs, no unsafe link or markup, nothing uncaught, every widget settles', function () {
  this.timeout(600_000);

  for (const [i, view] of VIEWS.entries()) {
    it(`${view.name}: ${RUNS} generated feeds`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileFeed(), fc.nat(), fc.boolean(), async (feed, seed, inline) => {
          tally.cases++;
          await check(feed, i, seed, inline && seed % 4 === 0);
        }),
        {numRuns: RUNS, endOnFailure: true, reporter},
      );
    });
  }

  it("the generated feeds reached the widgets' content, not only their error states", () => {
    // A generator that only made unusable feeds would prove nothing: a good share of renders must show content.
    for (const tag of new Set(VIEWS.map((v) => v.tag))) {
      const count = (state: string) => tally.states.get(`${tag}:${state}`) ?? 0;
      const all = count('ready') + count('error') + count('empty');
      expect(count('ready') / all, `${tag}: ${JSON.stringify(Object.fromEntries(tally.states))}`).to.be.greaterThan(
        0.3,
      );
    }
  });

  it('thousands of hostile items, in every view', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFeed({bulk: 2000}), fc.nat(), async (feed, seed) => {
        tally.cases++;
        for (let v = 0; v < VIEWS.length; v++) await check(feed, v, seed + v, false);
      }),
      {numRuns: 2, endOnFailure: true, reporter},
    );
  });
});
