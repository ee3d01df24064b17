/**
 * Issue 8, "Network faults", with the four real elements: for every element and every fault a local
 * server can make (test/helpers/fault-server.mjs), a localized error that says what went wrong, one
 * `twin-error`, a retry button that works, nothing uncaught; the faults a retry cures cure themselves;
 * valid JSON under a wrong content type loads; on a failed refresh the last good data stays, marked stale.
 *
 * Runs in Chromium (`npm test`) and in Firefox (`npm run test:firefox`).
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {FeedErrorKind} from '../../src/core/load.js';
import {
  hits,
  LANGS,
  otherOrigin,
  setFault,
  TAGS,
  text,
  uniqueKey,
  Widget,
  type Lang,
  type Tag,
} from '../helpers/fault-widget.js';

interface Failing {
  fault: string;
  what: string;
  kind: FeedErrorKind;
  /** The msg id of the explanation the error must show. */
  id: string;
  status?: number;
  attrs?: Record<string, string>;
  /** Asked for from the other origin (the same server under its other name). */
  crossOrigin?: boolean;
}

const FAILING: Failing[] = [
  {fault: '404', what: 'a 404', kind: 'http', status: 404, id: 'error.http404'},
  {fault: '500', what: 'a 500', kind: 'http', status: 500, id: 'error.http'},
  {fault: 'hang', what: 'a hung request', kind: 'timeout', id: 'error.timeout', attrs: {timeout: '1500'}},
  {fault: 'truncated', what: 'truncated JSON', kind: 'parse', id: 'error.parse'},
  {fault: 'html', what: 'an HTML page', kind: 'not-json', id: 'error.notJson'},
  {fault: 'empty', what: 'an empty body', kind: 'empty', id: 'error.empty'},
  {fault: 'png', what: 'binary garbage served as image/png', kind: 'parse', id: 'error.parse'},
  {fault: 'big', what: 'a 50 MB body with its Content-Length', kind: 'too-large', id: 'error.tooLarge'},
  {
    fault: 'big-chunked',
    what: 'a 50 MB body streamed without a Content-Length',
    kind: 'too-large',
    id: 'error.tooLarge',
  },
  {fault: 'cors', what: 'a CORS refusal', kind: 'network', id: 'error.network', crossOrigin: true},
];

interface Loading {
  fault: string;
  what: string;
  /** How many requests the server sees. */
  requests: number;
  crossOrigin?: boolean;
}

const LOADING: Loading[] = [
  {fault: '503-then-200', what: 'recovers from a 503 by itself (the loader retries)', requests: 2},
  {fault: 'text-plain', what: 'loads valid JSON served as text/plain', requests: 1},
  {fault: 'octet-stream', what: 'loads valid JSON served as application/octet-stream', requests: 1},
  {fault: 'cors-ok', what: 'loads a cross-origin feed that allows every origin', requests: 1, crossOrigin: true},
];

/** The refresh that fails, per element: a different fault for each. */
const REFRESH_FAULT: Record<Tag, Failing> = {
  'twin-event-calendar': FAILING.find((f) => f.fault === '500')!,
  'twin-partner-map': FAILING.find((f) => f.fault === 'hang')!,
  'twin-delegation-list': FAILING.find((f) => f.fault === 'truncated')!,
  'twin-report-summary': FAILING.find((f) => f.fault === 'cors')!,
};

const NOT_ENGLISH = LANGS.filter((l) => l !== 'en');
/** Every case runs in English and in one other language, in turn, so every fault meets every language. */
const languagesFor = (tagIndex: number, faultIndex: number): Lang[] => [
  'en',
  NOT_ENGLISH[(tagIndex + faultIndex) % NOT_ENGLISH.length]!,
];
const srcFor = (fault: string, key: string, crossOrigin = false) =>
  `${crossOrigin ? otherOrigin() : ''}/__fault/${fault}?key=${key}`;

// ---- nothing uncaught, for the whole file ---------------------------------------------------------

const uncaught: string[] = [];
let current = '';
const onError = (e: ErrorEvent) => uncaught.push(`${current}: error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`${current}: unhandled rejection: ${String(e.reason)}`);
before(() => {
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
});
beforeEach(function () {
  current = this.currentTest?.fullTitle() ?? '';
});

// ---- timings of the 50 MB cases, reported at the end --------------------------------------------

const timings: string[] = [];

/** Runs `fn` while watching the main thread: the longest gap between two 10 ms ticks. */
async function watchMainThread<T>(fn: () => Promise<T>): Promise<{result: T; ms: number; longestGap: number}> {
  let last = performance.now();
  let longestGap = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    const result = await fn();
    return {result, ms: performance.now() - started, longestGap};
  } finally {
    clearInterval(tick);
  }
}

// ---- the cases --------------------------------------------------------------------------------

async function failsThenRetries(tag: Tag, lang: Lang, f: Failing): Promise<void> {
  const key = uniqueKey(f.fault);
  const src = srcFor(f.fault, key, f.crossOrigin);
  const {
    result: w,
    ms,
    longestGap,
  } = await watchMainThread(async () => {
    const w = await Widget.mount(tag, lang, src, f.attrs);
    await w.untilError();
    return w;
  });
  if (f.fault.startsWith('big')) {
    timings.push(
      `${tag} ${lang} ${f.fault}: error after ${Math.round(ms)} ms, longest main-thread gap ${Math.round(longestGap)} ms`,
    );
    expect(ms, 'the 50 MB body settles').to.be.below(20_000);
  }

  expect(w.errors, 'one twin-error').to.have.length(1);
  expect(w.errors[0]).to.include({kind: f.kind, source: src});
  expect(w.errors[0]!.status, 'the HTTP status').to.equal(f.status);
  expect(w.showsData).to.equal(false);
  expect(w.errorTitle, 'the localized title').to.equal(text(lang, 'error.title'));
  expect(w.alertLines, "the fault's own localized explanation").to.include(text(lang, f.id, f.status));
  expect(w.alert!.textContent, 'the failing address').to.contain(src);
  expect(w.retryButton!.textContent!.trim()).to.equal(text(lang, 'action.retry'));

  const before = await hits(key);
  await setFault(key, 'ok');
  w.retryButton!.click();
  await w.untilData();
  expect(await hits(key), 'the retry asked the server again').to.be.above(before);
  expect(w.alert).to.equal(null);
  expect(w.notice, 'no notice once the data is there').to.equal(undefined);
  expect(w.errors, 'no further twin-error').to.have.length(1);
}

async function loads(tag: Tag, lang: Lang, f: Loading): Promise<void> {
  const key = uniqueKey(f.fault);
  const w = await Widget.mount(tag, lang, srcFor(f.fault, key, f.crossOrigin));
  await w.untilData();
  expect(w.errors, 'no twin-error').to.have.length(0);
  expect(w.sawError, 'the error state never showed').to.equal(false);
  expect(w.notice).to.equal(undefined);
  expect(w.loads).to.equal(1);
  expect(await hits(key)).to.equal(f.requests);
}

async function refreshFails(tag: Tag, lang: Lang, f: Failing): Promise<void> {
  const key = uniqueKey(`stale-${f.fault}`);
  // A cross-origin key starts allowed (`set` answers carry Access-Control-Allow-Origin); `cors` refuses.
  if (f.crossOrigin) await setFault(key, 'ok');
  const w = await Widget.mount(tag, lang, srcFor('ok', key, f.crossOrigin), f.attrs);
  await w.untilData(1);
  expect(w.notice).to.equal(undefined);

  await setFault(key, f.fault);
  await w.el.reload(true);
  await w.untilErrors(1);
  expect(w.errors[0]).to.include({kind: f.kind});
  expect(w.errors[0]!.status).to.equal(f.status);
  expect(w.alert, 'no error state: the data stays').to.equal(null);
  expect(w.showsData, 'the last good data is still shown').to.equal(true);
  expect(w.notice, 'marked stale').to.contain(text(lang, 'notice.stale'));
  expect(w.notice, 'with what went wrong').to.contain(text(lang, f.id, f.status));

  // The visitor tries again from the notice.
  await setFault(key, 'ok');
  w.retryButton!.click();
  await w.untilData(2);
  expect(w.notice, 'the stale notice goes').to.equal(undefined);
  expect(w.retryButton, 'and its button').to.equal(null);
  expect(w.errors).to.have.length(1);
}

for (const [t, tag] of TAGS.entries()) {
  describe(`<${tag}> on a failing network`, () => {
    for (const [i, f] of FAILING.entries()) {
      for (const lang of languagesFor(t, i)) {
        it(`${f.what} (${lang}): a localized ${f.kind} error, one twin-error, a retry that works`, async function () {
          if (f.fault.startsWith('big')) this.timeout(40_000);
          await failsThenRetries(tag, lang, f);
        });
      }
    }
    for (const [i, f] of LOADING.entries()) {
      const lang = NOT_ENGLISH[(t + i) % NOT_ENGLISH.length]!;
      it(`${f.what} (${lang})`, () => loads(tag, lang, f));
    }
    const lang = NOT_ENGLISH[t % NOT_ENGLISH.length]!;
    const f = REFRESH_FAULT[tag];
    it(`keeps the last good data on a refresh that fails with ${f.what} (${lang}), marked stale until a refresh works`, () =>
      refreshFails(tag, lang, f));
  });
}

describe('refused bodies free their connection', () => {
  // A browser keeps six connections per host. A body refused unread (by its Content-Length) used to keep
  // its connection busy: after six, every request to that host waited, the page's own included. This
  // runs on the other origin, so that a regression ends in timeouts here instead of stalling the page.
  it('eight widgets refusing 50 MB feeds from one host leave a ninth able to load from it', async function () {
    this.timeout(40_000);
    const origin = otherOrigin();
    const keys = Array.from({length: 8}, () => uniqueKey('pool'));
    // `set` answers carry Access-Control-Allow-Origin, so these are refused for their size, not by CORS.
    await Promise.all(keys.map((key) => setFault(key, 'big')));
    const tags = keys.map((_, i) => TAGS[i % TAGS.length]!);
    const refused = await Promise.all(
      // A small reserved height keeps all eight near the viewport: none of them waits to be scrolled to.
      keys.map((key, i) =>
        Widget.mount(tags[i]!, 'en', `${origin}/__fault/big?key=${key}`, {
          timeout: '4000',
          style: '--twin-reserved-height: 2em',
        }),
      ),
    );
    await Promise.all(refused.map((w) => w.untilErrors(1)));
    expect(refused.map((w) => w.errors[0]!.kind)).to.deep.equal(keys.map(() => 'too-large'));

    const key = uniqueKey('pool-ok');
    await setFault(key, 'ok');
    const w = await Widget.mount('twin-report-summary', 'en', `${origin}/__fault/ok?key=${key}`, {
      timeout: '4000',
      style: '--twin-reserved-height: 2em',
    });
    await waitUntil(() => w.loads > 0 || w.errors.length > 0, 'the ninth widget did not settle', {timeout: 10_000});
    expect(
      w.errors.map((e) => e.kind),
      'the ninth widget failed',
    ).to.deep.equal([]);
    await w.untilData();
  });
});

describe('network faults, the whole file', () => {
  it('left nothing uncaught (window error, unhandledrejection)', () => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    expect(uncaught).to.deep.equal([]);
  });
});

after(() => {
  if (timings.length) console.log(`50 MB bodies:\n  ${timings.join('\n  ')}`);
});
