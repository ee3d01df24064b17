/**
 * The sanitizer-proof form (CDN file only). A CMS that strips unknown tags keeps a plain `div` with a
 * class and `data-*` attributes (WordPress's KSES for an author, Drupal's Basic HTML, DOMPurify):
 *
 *   <div class="twinning-kit" data-element="event-calendar" data-src="/feeds/k.json" data-lang="ru">
 *     <a href="/feeds/k.json">…</a>
 *   </div>
 *
 * Each such div, on the page now or added later, gets the element inside: `data-element` names it
 * (`event-calendar`, `partner-map`, `delegation-list`, `report-summary`, with or without `twin-`), every
 * other `data-X` the element observes becomes its attribute `X` (never an `on…` handler or anything it does
 * not know), and the div's children become its fallback. The feed address is checked by the element
 * itself (core/load.ts: http(s) only). An unknown name leaves the fallback and says so in the page's language.
 */
import {closestLang, uiLocaleFor} from './core/locale.js';

const ELEMENTS = ['event-calendar', 'partner-map', 'delegation-list', 'report-summary'];

/** "Unknown widget" in the five languages, then the names it knows. */
const UNKNOWN = {
  en: 'Unknown widget',
  ru: 'Неизвестный виджет',
  ja: '不明なウィジェット',
  ko: '알 수 없는 위젯',
  'zh-Hans': '未知的组件',
};

const done = new WeakSet<Element>();

function mount(div: HTMLElement): void {
  if (done.has(div)) return;
  done.add(div);
  const name = (div.dataset['element'] ?? '')
    .trim()
    .toLowerCase()
    .replace(/^twin-/, '');
  const tag = `twin-${name}`;
  const ctor = ELEMENTS.includes(name) && customElements.get(tag);
  if (!ctor) {
    const p = document.createElement('p');
    p.setAttribute('role', 'note');
    p.textContent = `${UNKNOWN[uiLocaleFor(div.dataset['lang'] || closestLang(div))]} «${name}»: ${ELEMENTS.join(', ')}`;
    div.append(p);
    return;
  }
  const el = document.createElement(tag);
  const known = ['lang', ...((ctor as unknown as {observedAttributes?: string[]}).observedAttributes ?? [])];
  for (const {name: a, value} of [...div.attributes]) {
    const attr = a.slice(5);
    if (a.startsWith('data-') && known.includes(attr)) el.setAttribute(attr, value);
  }
  el.append(...div.childNodes);
  div.append(el);
}

/** Mounts every div of the sanitizer-proof form under `root` (the document, or an added node). */
export function mountAll(root: ParentNode): void {
  if (root instanceof HTMLDivElement && root.matches('.twinning-kit[data-element]')) mount(root);
  root.querySelectorAll<HTMLElement>('div.twinning-kit[data-element]').forEach(mount);
}

if (typeof document !== 'undefined') {
  mountAll(document);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) mountAll(n);
  }).observe(document, {childList: true, subtree: true});
}
