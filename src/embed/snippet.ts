/**
 * The embed page's address and the iframe that shows it: one description for the page itself
 * (embed.ts), the command line (`twinning-kit oembed`) and the demo's embed builder. DOM-free.
 */

export const EMBED_KINDS = ['event-calendar', 'partner-map', 'delegation-list', 'report-summary'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The element's attributes the page takes from its query (besides `element` and `src`), in this order. */
export const EMBED_ATTRIBUTES = [
  'lang',
  'partner',
  'view',
  'theme',
  'heading-level',
  'date',
  'sort',
  'compact',
] as const;
export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** The iframe's height before the page has said how tall it is: about a widget's first screen. */
export const INITIAL_HEIGHT: Record<EmbedKind, number> = {
  'event-calendar': 640,
  'partner-map': 560,
  'delegation-list': 560,
  'report-summary': 640,
};

/** `event-calendar` or `twin-event-calendar` → `event-calendar`; anything else → undefined. */
export function embedKind(value: string | null | undefined): EmbedKind | undefined {
  const name = (value ?? '')
    .trim()
    .toLowerCase()
    .replace(/^twin-/, '');
  return (EMBED_KINDS as readonly string[]).includes(name) ? (name as EmbedKind) : undefined;
}

/**
 * A feed address the page may load: one or more, separated by spaces, each http(s) or a path on the
 * site (no `javascript:`, `data:`, `file:` or any other scheme, no `//host` that hides one).
 */
export function usableSrc(value: string | null | undefined): boolean {
  const parts = (value ?? '').trim().split(/\s+/).filter(Boolean);
  return (
    parts.length > 0 &&
    parts.every((v) => (/^[a-z][a-z0-9+.-]*:/i.test(v) ? /^https?:\/\/[^/\\]/i.test(v) : !/^[/\\]{2}/.test(v)))
  );
}

/** In a double-quoted attribute or in text. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A query value, with `/` and `:` left readable (both are allowed in a query). */
const queryValue = (v: string): string => encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%3A/gi, ':');

export type EmbedOptions = {element: EmbedKind; src: string} & Partial<Record<EmbedAttribute, string>>;

/** `KIT/embed.html?element=…&src=…&lang=…`: `kit` is the folder (or any URL in it) that holds embed.html. */
export function embedPageUrl(kit: string, o: EmbedOptions): string {
  const folder = kit.endsWith('/') ? kit : kit.replace(/[^/]*$/, '');
  const pairs: Array<[string, string]> = [
    ['element', o.element],
    ['src', o.src.trim()],
  ];
  for (const name of EMBED_ATTRIBUTES) {
    const v = o[name]?.trim();
    if (v) pairs.push([name, v]);
  }
  return `${folder}embed.html?${pairs.map(([k, v]) => `${k}=${queryValue(v)}`).join('&')}`;
}

/**
 * The iframe: a title for screen readers, loaded when near the viewport, no border and no scrollbar,
 * the page's full width and a first height (`mayScroll`: a scrollbar where the host caps the height); `resizeScript` (embed-resize.js's address) adds the script
 * that sets its height from the page's messages.
 */
export function iframeSnippet(o: {
  url: string;
  title: string;
  height: number;
  resizeScript?: string;
  /** Leave the scrollbar to the browser: for a host that caps the height (WordPress: 1000 px). */
  mayScroll?: boolean;
}): string {
  const scrolling = o.mayScroll ? '' : ' scrolling="no"';
  const iframe = `<iframe src="${escapeHtml(o.url)}" title="${escapeHtml(o.title)}" width="100%" height="${Math.round(o.height)}" loading="lazy"${scrolling} style="border:0;width:100%"></iframe>`;
  return o.resizeScript ? `${iframe}\n<script src="${escapeHtml(o.resizeScript)}" defer></script>` : iframe;
}
