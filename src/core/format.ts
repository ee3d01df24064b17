/** Numbers, percentages and country names through `Intl`, cached per locale. */

const numberFormats = new Map<string, Intl.NumberFormat>();
const PLAIN: Intl.NumberFormatOptions = {};
export function formatNumber(value: number, locale: string, options = PLAIN): string {
  // A map of 500 partners formats thousands of plain numbers: those skip making a key of their options.
  const key = options === PLAIN ? locale : `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, f);
  }
  return f.format(value);
}

export function formatPercent(ratio: number, locale: string): string {
  return formatNumber(ratio, locale, {style: 'percent', maximumFractionDigits: 0});
}

/** Japanese and Chinese write an enumeration with "、" and a note in full-width brackets, without spaces. */
const fullWidth = (locale: string): boolean => /^(ja|zh)\b/i.test(locale);

/** The separator of an enumeration of names as the reader writes it: ", ", or "、" in Japanese and Chinese. */
export const listComma = (locale: string): string => (fullWidth(locale) ? '、' : ', ');

/** The brackets of a note after a name or a date: " (" and ")", or "（" and "）" in Japanese and Chinese. */
export const brackets = (locale: string): readonly [open: string, close: string] =>
  fullWidth(locale) ? ['（', '）'] : [' (', ')'];

/** A note after a name or a date, in the reader's brackets: " (year only)", "（年のみ）". */
export const bracketed = (note: string, locale: string): string => (fullWidth(locale) ? `（${note}）` : ` (${note})`);

const regionNames = new Map<string, Intl.DisplayNames | null>();
/** The country's name in `locale` (`JP` → `Japan`, `Япония`, `日本`), or the code when `Intl` has none. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], {type: 'region', fallback: 'code'});
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

const pluralRules = new Map<string, Intl.PluralRules>();
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

/** First day of the week for a locale, 1 = Monday ... 7 = Sunday (Intl.Locale week info). */
export function firstDayOfWeek(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => {firstDay: number};
      weekInfo?: {firstDay: number};
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info) return info.firstDay;
  } catch {
    // fall through
  }
  return 1;
}

const listFormats = new Map<string, Intl.ListFormat>();
/** "a, b, c" in the locale's way (en and ru with commas, zh and ja with 、). */
export function formatList(items: string[], locale: string): string {
  let f = listFormats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, {type: 'conjunction', style: 'narrow'});
    listFormats.set(locale, f);
  }
  return f.format(items);
}
