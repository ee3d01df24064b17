/** Which language an element speaks: its own `lang`, else the closest ancestor's, else the page's. */

export const UI_LOCALES = ['en', 'ru', 'zh-Hans', 'ja', 'ko'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The closest `lang` up the tree, crossing shadow-root boundaries. */
export function closestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}

/** A tag `Intl` accepts, for dates and numbers (`en-GB` keeps its own week start and date order). */
export function canonicalLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The UI language for a tag: `zh`, `zh-CN`, `zh-Hans-CN` → `zh-Hans`; `ja-JP` → `ja`; unknown → `en`. */
export function uiLocaleFor(tag: string): UiLocale {
  const lower = tag.toLowerCase();
  const base = lower.split('-')[0];
  if (base === 'zh') return 'zh-Hans';
  return (UI_LOCALES as readonly string[]).includes(base!) ? (base as UiLocale) : 'en';
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when any `lang` attribute in the document changes (a page's language switch).
 * One observer serves every element; it is disconnected when the last element leaves.
 */
export function observeLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
