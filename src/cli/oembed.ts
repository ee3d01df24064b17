/**
 * `twinning-kit oembed`: makes a city's own site an oEmbed provider with no server code. For one widget it
 * writes, into `--out`:
 * - `NAME.html`: a page that shows the widget (the kit's file and the element), and names its oEmbed
 *   description with `<link rel="alternate" type="application/json+oembed">`: the address to paste into
 *   WordPress (on a line of its own) is `BASE/NAME.html`;
 * - `NAME.oembed.json`: oEmbed 1.0, `type: "rich"`, whose `html` is an iframe of the kit's embed page
 *   (`KIT/embed.html?element=…&src=…`), which tells WordPress its height;
 * - `.htaccess` (Apache, mod_headers) and `_headers` (Netlify, Cloudflare Pages): `Access-Control-Allow-Origin: *`,
 *   which WordPress's sandboxed iframe (an opaque origin) needs to load the kit's modules and the feed.
 * Everything written is escaped (HTML attributes and text, JSON); every address is checked (http(s) only).
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {UI_LOCALES} from '../core/locale.js';
import {INITIAL_HEIGHT, embedKind, embedPageUrl, escapeHtml, iframeSnippet, usableSrc} from '../embed/snippet.js';
import type {EmbedKind, EmbedOptions} from '../embed/snippet.js';
import {EMBED_WORDS} from '../embed/words.js';
import type {OembedWords} from './words/types.js';

export const OEMBED_OPTIONS = [
  'base',
  'kit',
  'element',
  'src',
  'lang',
  'partner',
  'view',
  'theme',
  'title',
  'name',
  'out',
  'heading-level',
] as const;

const VIEWS: Partial<Record<EmbedKind, readonly string[]>> = {
  'event-calendar': ['month', 'list', 'year'],
  'partner-map': ['map', 'list'],
};
const THEMES = ['auto', 'light', 'dark'];
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** The width oEmbed asks for, in pixels; the iframe itself takes the width of its column. */
const WIDTH = 800;

/** An http(s) address of a folder (with its `/`), or undefined. */
export function folderUrl(value: string): string | undefined {
  try {
    const u = new URL(value);
    if (!/^https?:$/.test(u.protocol) || u.username || u.password) return undefined;
    u.hash = '';
    u.search = '';
    if (!u.pathname.endsWith('/')) u.pathname += '/';
    return u.href;
  } catch {
    return undefined;
  }
}

export function validLang(tag: string): boolean {
  try {
    return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export interface OembedPlan {
  name: string;
  files: Record<string, string>;
  /** The address to paste into WordPress. */
  paste: string;
  kit: string;
}

/** The files for one widget, or what is wrong with the options. */
export function planOembed(values: Record<string, string>, w: OembedWords): OembedPlan | string {
  for (const option of ['base', 'element', 'src', 'out']) if (!values[option]?.trim()) return w.missing(`--${option}`);
  const base = folderUrl(values['base']!);
  if (!base) return w.notHttp('--base', values['base']!);
  const kit = values['kit'] ? folderUrl(values['kit']) : base;
  if (!kit) return w.notHttp('--kit', values['kit']!);
  const kind = embedKind(values['element']);
  if (!kind) return w.badElement(values['element']!);
  const rawSrc = values['src']!.trim();
  if (!usableSrc(rawSrc)) return w.badSrc(rawSrc);
  // A path is on the city's site: made absolute against --base, as the iframe (on the kit's site) needs.
  const src = rawSrc
    .split(/\s+/)
    .map((part) => new URL(part, base).href)
    .join(' ');
  const lang = values['lang']?.trim() ?? '';
  if (lang && !validLang(lang)) return w.badValue('--lang', lang, UI_LOCALES.join(', '));
  const partner = values['partner']?.trim() ?? '';
  if (partner && !ID.test(partner)) return w.badValue('--partner', partner, 'A-Z a-z 0-9 . _ : -');
  const view = values['view']?.trim() ?? '';
  const views = VIEWS[kind] ?? [];
  if (view && !views.includes(view)) return w.badValue('--view', view, views.join(', ') || '—');
  const theme = values['theme']?.trim() ?? '';
  if (theme && !THEMES.includes(theme)) return w.badValue('--theme', theme, THEMES.join(', '));
  const level = values['heading-level']?.trim() ?? '';
  if (level && !/^[1-6]$/.test(level)) return w.badValue('--heading-level', level, '1–6');
  const words =
    EMBED_WORDS[UI_LOCALES.find((l) => l === lang.split('-')[0]) ?? (lang.startsWith('zh') ? 'zh-Hans' : 'en')];
  const title = (values['title'] ?? `${words.kinds[kind]} — ${words.suffix}`).trim();
  if (!title || title.length > 300 || [...title].some((c) => c.charCodeAt(0) < 32))
    return w.badValue('--title', title, '1–300');
  const name =
    values['name'] ??
    [kind, partner, lang]
      .filter(Boolean)
      .join('-')
      .replace(/[^A-Za-z0-9._-]/g, '-');
  if (!NAME.test(name) || name.includes('..')) return w.badValue('--name', name, 'A-Z a-z 0-9 . _ -');

  const options: EmbedOptions = {element: kind, src, lang, partner, view, theme, 'heading-level': level};
  const page = `${base}${name}.html`;
  const json = `${base}${name}.oembed.json`;
  // WordPress keeps an embed between 200 and 1000 px tall (wp-embed.js): a taller widget (a calendar's
  // list in a post's column) scrolls inside its iframe rather than being cut, so no scrolling="no" here.
  // The blockquote first, as WordPress's own post embeds do: WordPress 6.1 loads wp-embed.js (which sizes the
  // iframe) only for an embed with `<blockquote class="wp-embedded-content">`, and shows it until the page speaks.
  const html = `<blockquote class="wp-embedded-content"><a href="${escapeHtml(page)}">${escapeHtml(title)}</a></blockquote>\n${iframeSnippet({url: embedPageUrl(kit, options), title, height: INITIAL_HEIGHT[kind], mayScroll: true})}`;
  const oembed = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: new URL(base).hostname,
    provider_url: new URL(base).origin + '/',
    html,
    width: WIDTH,
    height: INITIAL_HEIGHT[kind],
    cache_age: 86400,
  };
  const attrs = [
    ['src', src],
    ['lang', lang],
    ['partner', partner],
    ['view', view],
    ['theme', theme],
    ['heading-level', level || '2'],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => ` ${k}="${escapeHtml(v!)}"`)
    .join('');
  const tag = `twin-${kind}`;
  const a = escapeHtml;
  const pageHtml = `<!doctype html>
<html lang="${a(lang || 'en')}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${a(title)}</title>
    <link rel="alternate" type="application/json+oembed" href="${a(json)}" title="${a(title)}" />
    <link rel="canonical" href="${a(page)}" />
    <script type="module" src="${a(`${kit}twinning-kit.js`)}"></script>
  </head>
  <body>
    <h1>${a(title)}</h1>
    <${tag}${attrs}><a href="${a(src.split(' ')[0]!)}">${a(title)} (JSON)</a></${tag}>
  </body>
</html>
`;
  const path = new URL(base).pathname;
  return {
    name,
    paste: page,
    kit,
    files: {
      [`${name}.html`]: pageHtml,
      [`${name}.oembed.json`]: `${JSON.stringify(oembed, null, 2)}\n`,
      '.htaccess': `# Twinning Kit (twinning-kit oembed): WordPress shows an embed in a sandboxed iframe, whose
# requests come from an opaque origin ("null"); the kit's modules and the feed must allow it.
<IfModule mod_headers.c>
  <FilesMatch "\\.(html|js|json)$">
    Header set Access-Control-Allow-Origin "*"
  </FilesMatch>
</IfModule>
`,
      _headers: `# Twinning Kit (twinning-kit oembed), for Netlify or Cloudflare Pages: the kit's files and feeds
# load in WordPress's sandboxed iframe (an opaque origin) only with this header.
${path}*
  Access-Control-Allow-Origin: *
`,
    },
  };
}

/** Writes the plan's files into `out`; prints what it wrote and the address to paste. */
export async function oembed(
  values: Record<string, string>,
  w: OembedWords,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const plan = planOembed(values, w);
  if (typeof plan === 'string') {
    err(plan);
    return 2;
  }
  const dir = values['out']!;
  const written: string[] = [];
  try {
    await mkdir(dir, {recursive: true});
    for (const [file, text] of Object.entries(plan.files)) {
      await writeFile(join(dir, file), text);
      written.push(join(dir, file));
    }
  } catch (e) {
    err(w.cannotWrite(dir, (e as Error).message));
    return 2;
  }
  out(w.written({files: written, paste: plan.paste, kit: plan.kit}));
  return 0;
}
