import type {LocalizedText} from '../../data-schema/schema.js';

export interface ResolvedText {
  text: string;
  /** The language the text is in: put it on the element as `lang`. */
  lang: string;
}

const base = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Picks the text to show for `locale`: the asked language, its shorter forms, any text in the same base
 * language, then English, then the feed's default language, and else whatever there is. English comes
 * before the feed's own language: a Japanese reader of a Russian feed with English names reads them in
 * English, not in Cyrillic. Never returns HTML: the result is plain text for Lit to escape.
 */
export function resolveText(
  value: LocalizedText | undefined | null,
  locale: string,
  defaultLanguage = 'en',
): ResolvedText | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') return {text: value, lang: defaultLanguage};
  // The languages that have a text (an empty one is none).
  const keys = Object.keys(value).filter((k) => value[k]);
  // A language under its own tag or a shorter form of it (`zh-Hans-CN`, `zh-hans`, `zh`; case aside), else
  // any text in its base language. No lookup table: a text has a few languages, and a map of 500 partners
  // resolves thousands of names.
  const pick = (tag: string): string | undefined => {
    for (let t = tag.toLowerCase(); t; t = t.replace(/-?[^-]*$/, '')) {
      const key = keys.find((k) => k.toLowerCase() === t);
      if (key) return key;
    }
    return keys.find((k) => base(k) === base(tag));
  };
  const key = pick(locale) ?? pick('en') ?? pick(defaultLanguage) ?? keys[0];
  return key === undefined ? undefined : {text: value[key]!, lang: key};
}

/** Every string in a localized text, for search across all languages present. */
export function allTexts(value: LocalizedText | undefined | null): string[] {
  if (value == null) return [];
  return typeof value === 'string' ? [value] : Object.values(value);
}
