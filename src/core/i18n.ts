/**
 * UI strings through @lit/localize, per element: each element renders in its own language, so a
 * Japanese widget and a Russian one can share a page. Uses lit-localize's re-entrant mode, which asks
 * for the active locale before every `msg()` call; the kit sets it around each element's render.
 *
 * Configured lazily, once, by the first element that renders, never as an import side effect. When the
 * host page configured lit-localize itself first (same module instance), its choice wins and the kit's
 * texts follow the host's locale.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import type {UiLocale} from './locale.js';

const loaders: Record<string, () => Promise<LocaleModule>> = {
  ru: () => import('../generated/locales/ru.js'),
  ja: () => import('../generated/locales/ja.js'),
  ko: () => import('../generated/locales/ko.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

const loaded = new Map<string, LocaleModule>();
const pending = new Map<string, Promise<void>>();
let active: UiLocale = sourceLocale as UiLocale;
let configured = false;

function configure(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => active,
      loadLocaleSync: (locale) => loaded.get(locale),
    });
  } catch {
    // The host page configured @lit/localize first: its configuration stays in charge.
  }
}

/** Whether a locale's strings are ready for a synchronous render. */
export function isLocaleReady(locale: UiLocale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/** Loads a locale's strings (once per page). */
export function loadLocale(locale: UiLocale): Promise<void> {
  configure();
  if (isLocaleReady(locale)) return Promise.resolve();
  let p = pending.get(locale);
  if (!p) {
    const loader = loaders[locale];
    p = loader
      ? loader().then(
          (mod) => void loaded.set(locale, mod),
          () => void pending.delete(locale),
        )
      : Promise.resolve();
    pending.set(locale, p);
  }
  return p;
}

/** Runs `fn` with `msg()` answering in `locale`. */
export function inLocale<T>(locale: UiLocale, fn: () => T): T {
  configure();
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
