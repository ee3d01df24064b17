import {expect} from '@open-wc/testing';
import {clearFeedCache, fetchFeedJson, FeedError} from '../../src/core/load.js';

let n = 0;
/** A fresh key per test, so the server's per-key counters start at zero. */
const key = () => `k${Date.now()}-${n++}`;
const hits = async (k: string) => ((await (await fetch(`/__fault/count?key=${k}`)).json()) as {count: number}).count;

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (err) {
    expect(err).to.be.instanceOf(FeedError);
    return err as FeedError;
  }
  throw new Error('expected the request to fail');
}

describe('fetchFeedJson', () => {
  beforeEach(() => clearFeedCache());

  it('loads and parses a feed', async () => {
    const feed = (await fetchFeedJson(`/__fault/ok?key=${key()}`)) as {schemaVersion: number};
    expect(feed.schemaVersion).to.equal(1);
  });

  it('fetches a URL once however many widgets ask for it', async () => {
    const k = key();
    const url = `/__fault/ok?key=${k}`;
    const [a, b] = await Promise.all([fetchFeedJson(url), fetchFeedJson(url)]);
    await fetchFeedJson(url);
    expect(a).to.equal(b);
    expect(await hits(k)).to.equal(1);
  });

  it('reports 404 without retrying it', async () => {
    const k = key();
    const err = await failure(fetchFeedJson(`/__fault/404?key=${k}`));
    expect(err).to.include({kind: 'http', status: 404});
    expect(await hits(k)).to.equal(1);
  });

  it('reports 500 as an HTTP error', async () => {
    expect(await failure(fetchFeedJson(`/__fault/500?key=${key()}`))).to.include({kind: 'http', status: 500});
  });

  it('retries a 503 and succeeds when the server recovers', async () => {
    const k = key();
    const feed = (await fetchFeedJson(`/__fault/503-then-200?key=${k}`)) as {schemaVersion: number};
    expect(feed.schemaVersion).to.equal(1);
    expect(await hits(k)).to.equal(2);
  });

  it('gives up on a hung request after the timeout', async () => {
    const started = performance.now();
    const err = await failure(fetchFeedJson(`/__fault/hang?key=${key()}`, {timeout: 300}));
    expect(err.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(5000);
  });

  it('says plainly when the answer is truncated JSON, an HTML page or empty', async () => {
    expect((await failure(fetchFeedJson(`/__fault/truncated?key=${key()}`))).kind).to.equal('parse');
    const html = await failure(fetchFeedJson(`/__fault/html?key=${key()}`));
    expect(html.kind).to.equal('not-json');
    expect(html.message).to.contain('HTML');
    expect((await failure(fetchFeedJson(`/__fault/empty?key=${key()}`))).kind).to.equal('empty');
  });

  it('does not cache failures: the next attempt fetches again', async () => {
    const k = key();
    const url = `/__fault/fail-once?key=${k}`;
    await failure(fetchFeedJson(url));
    const feed = (await fetchFeedJson(url)) as {schemaVersion: number};
    expect(feed.schemaVersion).to.equal(1);
    expect(await hits(k)).to.equal(2);
  });

  it('aborts the request when the last caller goes away, not before', async () => {
    const url = `/__fault/hang?key=${key()}`;
    const a = new AbortController();
    const b = new AbortController();
    const pa = fetchFeedJson(url, {signal: a.signal});
    const pb = fetchFeedJson(url, {signal: b.signal});
    a.abort();
    let aName = '';
    await pa.catch((e: DOMException) => (aName = e.name));
    expect(aName).to.equal('AbortError');
    let bSettled = false;
    void pb.catch(() => (bSettled = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(bSettled).to.equal(false);
    b.abort();
    await pb.catch(() => {});
    expect(bSettled).to.equal(true);
  });

  it('omits credentials and sends no referrer', async () => {
    const seen: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return original(input, init);
    };
    try {
      await fetchFeedJson(`/__fault/ok?key=${key()}`);
    } finally {
      window.fetch = original;
    }
    expect(seen[0]).to.include({credentials: 'omit', referrerPolicy: 'no-referrer'});
  });
});
