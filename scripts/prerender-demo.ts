/**
 * The demo pages (demo/*.html) pre-rendered, as a site using `twinning-kit render` serves them: a Vite plugin
 * (`transformIndexHtml`, in the dev server and the `--mode demo` build) that puts the static content of
 * every `<twin-… src="/…json">` of a page inside the element, before its fallback link, in the element's
 * language (its `lang`, else the page's; in the dev server `?lang=` first, as the demo's language switch
 * reads it). A reader without JavaScript sees the events, partners, delegations and figures; the element
 * takes the content over when it loads.
 *
 * The renderer is loaded through tsx (it imports the kit's TypeScript sources and their translations),
 * not bundled into the Vite config.
 */
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {relative, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Plugin} from 'vite';

type RenderModule = typeof import('../src/static/render.js');

const ELEMENTS = ['event-calendar', 'partner-map', 'delegation-list', 'report-summary'] as const;
const LANGS = ['ru', 'en', 'zh-Hans', 'ja', 'ko'];
/** `<twin-NAME …>`: the element's name and its attributes. */
const OPEN_TAG = new RegExp(`<twin-(${ELEMENTS.join('|')})(\\s[^>]*)?>`, 'g');

/** The attributes of an opening tag's text (`name="value"`, `name='value'`, `name=value`, `name`). */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g))
    out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  return out;
}

export interface PrerenderOptions {
  /** The folder the pages' absolute feed addresses (`/data-schema/…`, `/demo/…`) are read from. */
  root?: string;
}

const loaded = new Map<string, Promise<RenderModule>>();
/** The renderer, loaded once per root (through tsx: it imports the kit's TypeScript and its translations). */
function renderer(root: string): Promise<RenderModule> {
  if (!loaded.has(root))
    loaded.set(
      root,
      import('tsx/esm/api').then(
        ({tsImport}) =>
          tsImport(
            pathToFileURL(resolve(root, 'src/static/render.ts')).href,
            pathToFileURL(resolve(root, 'scripts/')).href,
          ) as Promise<RenderModule>,
      ),
    );
  return loaded.get(root)!;
}

/** Fills the kit's elements of an HTML page with their pre-rendered content (exported for tests). */
export async function prerenderPage(
  html: string,
  {root = process.cwd(), lang: asked}: PrerenderOptions & {lang?: string | null} = {},
): Promise<string> {
  const tags = [...html.matchAll(OPEN_TAG)];
  if (!tags.length) return html;
  const {prepareFeeds, renderStatic} = await renderer(root);
  const pageLang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const feeds = new Map<string, ReturnType<typeof prepareFeeds>>();
  const load = async (src: string) => {
    if (!feeds.has(src)) {
      const paths = src.split(/\s+/).filter((p) => p.startsWith('/') && p.endsWith('.json'));
      const texts = await Promise.all(
        paths.map(async (p) => ({source: p, text: await readFile(resolve(root, `.${p}`), 'utf8').catch(() => '')})),
      );
      feeds.set(src, paths.length ? prepareFeeds(texts) : undefined);
    }
    return feeds.get(src);
  };
  let out = '';
  let at = 0;
  for (const tag of tags) {
    const [whole, name] = tag as unknown as [string, (typeof ELEMENTS)[number]];
    const a = attributes(tag[2] ?? '');
    const data = a['src'] ? await load(a['src']) : undefined;
    const end = tag.index + whole.length;
    out += html.slice(at, end);
    at = end;
    // An element that holds its pre-rendered content already (a page written so) is left as it is.
    const close = html.indexOf(`</twin-${name}>`, end);
    if (!data || html.slice(end, close < 0 ? undefined : close).includes('data-twin-static')) continue;
    const year = Number(a['year']);
    const level = Number(a['heading-level']);
    const view = a['view'];
    // A renderer that fails leaves the element as it was (its fallback link): the page is still served.
    const snippet = await renderStatic(data, {
      element: name,
      lang: a['lang'] || (asked && LANGS.includes(asked) ? asked : undefined) || pageLang,
      partner: a['partner'] || undefined,
      view: view === 'month' || view === 'list' || view === 'year' ? view : undefined,
      year: Number.isInteger(year) && year > 0 ? year : undefined,
      headingLevel: Number.isInteger(level) && level > 0 ? level : undefined,
    }).catch((err: unknown) => {
      console.warn(`prerender-demo: <twin-${name}> not pre-rendered: ${String(err)}`);
      return '';
    });
    if (snippet) out += `\n${snippet}`;
  }
  out += html.slice(at);
  // The pre-rendered content's own small stylesheet, when the kit has one.
  if (existsSync(resolve(root, 'src/static/static.css')) && !out.includes('static/static.css'))
    out = out.replace(/<\/head>/, '  <link rel="stylesheet" href="/src/static/static.css" />\n  </head>');
  return out;
}

/** The Vite plugin: every HTML page the dev server serves or the demo build writes gets its elements filled. */
export function prerenderDemoPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'twinning-kit:prerender-demo',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        // The demo's pages only: the test pages (test/layout/takeover.html) carry content of their own.
        if (!relative(root, ctx.filename).split(sep).join('/').startsWith('demo/')) return html;
        const query = ctx.originalUrl ? new URL(ctx.originalUrl, 'http://x').searchParams.get('lang') : null;
        return prerenderPage(html, {root, lang: query});
      },
    },
  };
}
