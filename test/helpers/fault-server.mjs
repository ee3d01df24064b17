/**
 * Test-server routes that fail the way real servers do, for the loader's and the elements' tests.
 *
 * /__fault/NAME?key=K answers as NAME says:
 * - 404, 500: that status; 503-then-200: 503 the first time K is asked for, then the feed;
 *   fail-once: 500 the first time, then the feed
 * - hang: no answer for 10 s (or until the browser gives up); slow: the feed after 500 ms
 * - truncated: half the feed; html: a CMS's HTML page; empty: an empty body
 * - big: a 50 MB body with its Content-Length; big-chunked: the same, streamed without one
 * - text-plain, octet-stream: the feed, as many static hosts serve .json; png: binary garbage as image/png
 * - cors: the feed without Access-Control-Allow-Origin (a cross-origin page is refused);
 *   cors-ok: the feed with `Access-Control-Allow-Origin: *`
 * - ok: the feed
 * /__fault/set?key=K&to=NAME: from now on, K answers as NAME whatever the path says (`to` empty:
 *   as the path says again), so a test can break or mend a feed between two loads.
 * /__fault/count?key=K: how many times K was requested.
 *
 * Every answer of a key that was `set` carries `Access-Control-Allow-Origin: *` unless it is `cors`,
 * so that a mended cross-origin feed loads.
 */
import {readFileSync} from 'node:fs';
import {Buffer} from 'node:buffer';
import {Readable} from 'node:stream';

const feed = readFileSync(new URL('../fixtures/small-feed.json', import.meta.url), 'utf8');
const hits = new Map();
/** Key → the fault it answers with, whatever its path (`/__fault/set`). */
const modes = new Map();

export const BIG_BYTES = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x78); // "xxxx…", sent again and again: 50 MB never sit in memory

/** A JSON text of exactly `size` bytes (`{"padding":"xxx…"}`), streamed in 64 KB chunks, as fast as the client reads. */
function bigBody(size) {
  const head = Buffer.from('{"padding":"');
  const tail = Buffer.from('"}');
  async function* chunks() {
    yield head;
    let left = size - head.length - tail.length;
    while (left > 0) {
      const n = Math.min(left, CHUNK.length);
      yield n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n);
      left -= n;
    }
    yield tail;
  }
  return Readable.from(chunks(), {objectMode: false});
}

function sendFeed(ctx, type = 'application/json') {
  ctx.type = type;
  ctx.body = feed;
}

/** Waits `ms`, or less if the client goes away first. */
function hold(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function answer(ctx, name, count) {
  switch (name) {
    case '404':
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    case '500':
      ctx.status = 500;
      ctx.body = 'Internal error';
      return;
    case '503-then-200':
      if (count === 1) {
        ctx.status = 503;
        ctx.body = 'Busy';
        return;
      }
      sendFeed(ctx);
      return;
    case 'fail-once':
      if (count === 1) {
        ctx.status = 500;
        ctx.body = 'Internal error';
        return;
      }
      sendFeed(ctx);
      return;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, 500));
      sendFeed(ctx);
      return;
    case 'ok':
    case 'cors':
      sendFeed(ctx);
      return;
    case 'cors-ok':
      ctx.set('Access-Control-Allow-Origin', '*');
      sendFeed(ctx);
      return;
    case 'text-plain':
      sendFeed(ctx, 'text/plain; charset=utf-8');
      return;
    case 'octet-stream':
      sendFeed(ctx, 'application/octet-stream');
      return;
    case 'png':
      ctx.type = 'image/png';
      // A PNG signature and header chunk, then bytes that are no text at all.
      ctx.body = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        Buffer.from(Array.from({length: 2048}, (_, i) => (i * 73 + 11) % 256)),
      ]);
      return;
    case 'hang':
      await hold(ctx, 10_000);
      ctx.status = 204;
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = feed.slice(0, Math.floor(feed.length / 2));
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><h1>Welcome to our CMS</h1></body></html>';
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'big':
    case 'big-chunked':
      ctx.type = 'application/json';
      ctx.body = bigBody(BIG_BYTES);
      // Koa drops the length of a stream body: set it after the body, or leave it out (chunked).
      if (name === 'big') ctx.length = BIG_BYTES;
      return;
    default:
      ctx.status = 400;
      ctx.body = 'unknown fault';
  }
}

export function faultMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__fault/')) return next();
    const name = ctx.path.slice('/__fault/'.length);
    const key = ctx.query.key ?? name;
    ctx.set('Cache-Control', 'no-store');
    if (name === 'count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({count: hits.get(key) ?? 0});
      return;
    }
    if (name === 'set') {
      if (ctx.query.to) modes.set(key, ctx.query.to);
      else modes.delete(key);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({key, to: modes.get(key) ?? null});
      return;
    }
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    const mode = modes.get(key);
    if (mode !== undefined && mode !== 'cors') ctx.set('Access-Control-Allow-Origin', '*');
    await answer(ctx, mode ?? name, count);
  };
}
