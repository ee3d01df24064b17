/**
 * Fetching feeds: one request per URL per page however many widgets use it, a timeout, abort when the
 * last widget waiting for it goes away, retries only for what can succeed on retry, and errors that say
 * what failed. Credentials are never sent.
 */

export type FeedErrorKind =
  | 'http' // the server answered with an error status
  | 'timeout' // no complete answer in time
  | 'network' // no answer at all (offline, DNS, CORS refusal; or not an http(s) address, which is never requested)
  | 'parse' // JSON that does not parse (truncated, broken)
  | 'not-json' // an HTML page or other text instead of JSON
  | 'empty' // an empty body
  | 'too-large' // a body over the size limit
  | 'invalid'; // JSON, but not a usable feed

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    /** The feed's URL, or `data` / `inline`. */
    readonly url: string,
    message: string,
    readonly status?: number,
    /** For broken JSON: where the parser stopped (1-based). */
    readonly at?: {line: number; column: number},
  ) {
    super(message);
  }
}

export interface FetchOptions {
  /** Aborts this caller's interest; the request itself stops when no caller is left. */
  signal?: AbortSignal | undefined;
  /** Milliseconds for the whole answer, body included. */
  timeout?: number | undefined;
  /** Ignore the page-wide cache and fetch again (a "retry" or a refresh). */
  fresh?: boolean | undefined;
}

export const DEFAULT_TIMEOUT = 15_000;
/** Bodies larger than this are refused: a feed of 10,000 events is about 5 MB. */
export const MAX_BYTES = 32 * 1024 * 1024;
const RETRY_STATUS = new Set([408, 425, 429, 502, 503, 504]);
const RETRY_DELAYS = [400, 1200];

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}
const cache = new Map<string, Shared>();

/** Forgets every cached feed (tests; a page that knows its feeds changed). */
export function clearFeedCache(): void {
  cache.clear();
}

export function absoluteUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** Fetches and parses one feed as JSON, sharing the request with every other caller on the page. */
export function fetchFeedJson(url: string, options: FetchOptions = {}): Promise<unknown> {
  const key = absoluteUrl(url);
  let shared = cache.get(key);
  if (!shared || options.fresh) {
    if (shared && !shared.settled) shared.controller.abort();
    const controller = new AbortController();
    const entry: Shared = {controller, waiting: 0, settled: false, promise: Promise.resolve()};
    entry.promise = request(key, controller.signal, options.timeout ?? DEFAULT_TIMEOUT).then(
      (value) => {
        entry.settled = true;
        return value;
      },
      (err: unknown) => {
        entry.settled = true;
        // Failures are not cached: the next attempt (a retry button) fetches again.
        if (cache.get(key) === entry) cache.delete(key);
        throw err;
      },
    );
    entry.promise.catch(() => {});
    cache.set(key, entry);
    shared = entry;
  }
  return wait(key, shared, options.signal);
}

function wait(key: string, shared: Shared, signal: AbortSignal | undefined): Promise<unknown> {
  if (!signal) return shared.promise;
  if (signal.aborted) return Promise.reject(abortError());
  shared.waiting++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      shared.waiting--;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(key) === shared) cache.delete(key);
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, {once: true});
    shared.promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        reject(e);
      },
    );
  });
}

function abortError(): DOMException {
  return new DOMException('The feed request was aborted.', 'AbortError');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(abortError());
      },
      {once: true},
    );
  });
}

async function request(url: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(url, signal, timeout);
    } catch (err) {
      const retryable =
        err instanceof FeedError &&
        (err.kind === 'network' || (err.kind === 'http' && RETRY_STATUS.has(err.status ?? 0)));
      if (!retryable || attempt >= RETRY_DELAYS.length || signal.aborted) throw err;
      await sleep(RETRY_DELAYS[attempt]!, signal);
    }
  }
}

async function attemptOnce(url: string, outer: AbortSignal, timeout: number): Promise<unknown> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort();
  outer.addEventListener('abort', onOuterAbort, {once: true});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        mode: 'cors',
        referrerPolicy: 'no-referrer',
        headers: {Accept: 'application/json'},
      });
    } catch (err) {
      if (outer.aborted) throw abortError();
      if (timedOut) throw new FeedError('timeout', url, `no answer within ${timeout / 1000} s`);
      throw new FeedError(
        'network',
        url,
        `the request failed (${err instanceof Error ? err.message : 'network error'})`,
      );
    }
    if (!response.ok) {
      throw new FeedError(
        'http',
        url,
        `the server answered ${response.status} ${response.statusText}`.trim(),
        response.status,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_BYTES) throw tooLarge(url);
    let text: string;
    try {
      text = await readText(response, url);
    } catch (err) {
      if (err instanceof FeedError) throw err;
      if (outer.aborted) throw abortError();
      if (timedOut) throw new FeedError('timeout', url, `the answer did not finish within ${timeout / 1000} s`);
      throw new FeedError('network', url, 'the connection broke while reading the feed');
    }
    return parseJson(text, url, response.headers.get('content-type') ?? '');
  } finally {
    clearTimeout(timer);
    // A body left unread (refused by its Content-Length, an error page) would hold its connection: six
    // such and every other request to that host waits. After a body read to its end, this does nothing.
    controller.abort();
    outer.removeEventListener('abort', onOuterAbort);
  }
}

function tooLarge(url: string): FeedError {
  return new FeedError('too-large', url, `the feed is larger than ${MAX_BYTES / 1024 / 1024} MB`);
}

async function readText(response: Response, url: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    // The caller's `finally` aborts the request: the rest of the body is never downloaded.
    if (size > MAX_BYTES) throw tooLarge(url);
    text += decoder.decode(value, {stream: true});
  }
  return text + decoder.decode();
}

/** Parses feed text; says plainly when it is empty, HTML or broken JSON (and where it breaks). */
export function parseJson(text: string, url: string, contentType = ''): unknown {
  const source = text.replace(/^\uFEFF/, '');
  const trimmed = source.trim();
  if (trimmed === '') throw new FeedError('empty', url, 'the feed is empty');
  try {
    return JSON.parse(source);
  } catch (err) {
    if (trimmed.startsWith('<') || /html|xml/i.test(contentType)) {
      throw new FeedError('not-json', url, 'the address returned a web page (HTML), not a JSON feed');
    }
    // Browsers say where the parser stopped ("... at line 4 column 1"); the CLI counts it (validate.ts).
    const lc = /line (\d+) column (\d+)/.exec(String(err));
    const at = lc ? {line: +lc[1]!, column: +lc[2]!} : undefined;
    throw new FeedError(
      'parse',
      url,
      `the feed is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}`,
      undefined,
      at,
    );
  }
}
