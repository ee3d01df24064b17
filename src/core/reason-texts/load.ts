/**
 * The reason texts of one language, loaded once per page when a widget in that language has problems
 * to show. English is always at hand (the English `message` of every problem comes from it).
 */
import type {UiLocale} from '../locale.js';
import {EN} from './en.js';
import type {ReasonTexts} from './say.js';

const loaders: Record<Exclude<UiLocale, 'en'>, () => Promise<{default: ReasonTexts}>> = {
  ru: () => import('./ru.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
};

const loaded = new Map<UiLocale, ReasonTexts>([['en', EN]]);
const pending = new Map<UiLocale, Promise<ReasonTexts>>();

/** The texts of `locale` if they are loaded. */
export function reasonTextsReady(locale: UiLocale): ReasonTexts | undefined {
  return loaded.get(locale);
}

/** Loads the texts of `locale`; English if they cannot be had. */
export function loadReasonTexts(locale: UiLocale): Promise<ReasonTexts> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let p = pending.get(locale);
  if (!p) {
    p = loaders[locale as Exclude<UiLocale, 'en'>]().then(
      (m) => (loaded.set(locale, m.default), m.default),
      () => (pending.delete(locale), EN),
    );
    pending.set(locale, p);
  }
  return p;
}
