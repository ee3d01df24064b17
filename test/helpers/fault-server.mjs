/**
 * Test-server routes that fail the way real servers do, for the loader's tests:
 * /__fault/404, /__fault/500, /__fault/503-then-200?key=K, /__fault/hang, /__fault/truncated,
 * /__fault/html, /__fault/empty, /__fault/ok?key=K, /__fault/slow?key=K (the feed after 500 ms), /__fault/fail-once?key=K, /__fault/count?key=K (how many times K was requested).
 */
import {readFileSync} from 'node:fs';

const feed = readFileSync(new URL('../fixtures/small-feed.json', import.meta.url), 'utf8');
const hits = new Map();

function sendFeed(ctx) {
  ctx.type = 'application/json';
  ctx.body = feed;
}

export function faultMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__fault/')) return next();
    const name = ctx.path.slice('/__fault/'.length);
    const key = ctx.query.key ?? name;
    const count = (hits.get(key) ?? 0) + 1;
    if (name !== 'count') hits.set(key, count);
    ctx.set('Cache-Control', 'no-store');
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
        sendFeed(ctx);
        return;
      case 'hang':
        await new Promise((resolve) => setTimeout(resolve, 10_000));
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
      case 'count':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({count: hits.get(key) ?? 0});
        return;
      default:
        ctx.status = 400;
        ctx.body = 'unknown fault';
    }
  };
}
