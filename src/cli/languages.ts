/** Every language of the command line: its words and the reasons of problems, and the default from the environment. */
import {uiLocaleFor, type UiLocale} from '../core/locale.js';
import {REASON_TEXTS} from '../core/reason-texts/all.js';
import {EN_CLI} from './words/en.js';
import RU_CLI from './words/ru.js';
import ZH_CLI from './words/zh-Hans.js';
import JA_CLI from './words/ja.js';
import KO_CLI from './words/ko.js';
import type {CliWords} from './words/types.js';

export {REASON_TEXTS};
/** The general usage ends with `render`'s own help (as with `oembed`, each command's help is also its own). */
const withRender = (w: CliWords): CliWords => ({...w, usage: `${w.usage}\n\n${w.render.usage}`});
export const CLI_WORDS: Record<UiLocale, CliWords> = {
  en: withRender(EN_CLI),
  ru: withRender(RU_CLI),
  'zh-Hans': withRender(ZH_CLI),
  ja: withRender(JA_CLI),
  ko: withRender(KO_CLI),
};

/**
 * The language of messages as POSIX tools choose it: LC_ALL, then LC_MESSAGES, then LANG (LANGUAGE's
 * first entry before them, as gettext reads it when a locale is set). `ru_RU.UTF-8` → `ru`, `zh_CN` →
 * `zh-Hans`; `C`, `POSIX` or nothing → English.
 */
export function languageFromEnvironment(env: Record<string, string | undefined>): UiLocale {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const base = locale.split(/[.@]/)[0]!;
  if (!base || base === 'C' || base === 'POSIX') return 'en';
  const first = (env['LANGUAGE'] || '').split(':')[0] || base;
  return uiLocaleFor(first.replace('_', '-'));
}
