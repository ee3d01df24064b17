/** The reasons in every language of the kit, for the command line and the feed checker (the widgets load one: load.ts). */
import type {UiLocale} from '../locale.js';
import {EN} from './en.js';
import RU from './ru.js';
import ZH from './zh-Hans.js';
import JA from './ja.js';
import KO from './ko.js';
import type {ReasonTexts} from './say.js';

export const REASON_TEXTS: Record<UiLocale, ReasonTexts> = {en: EN, ru: RU, 'zh-Hans': ZH, ja: JA, ko: KO};
