/**
 * The demo's own words (the bar, the embed builder, the feed checker) in the kit's five languages, and a
 * controller that re-renders an element when the page's language changes, as the widgets do.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {closestLang, observeLang, uiLocaleFor, type UiLocale} from '../src/core/locale.js';

export type Strings<K extends string> = Record<UiLocale, Record<K, string>>;

/** The UI language of an element: its closest `lang`. */
export function langOf(el: Element): UiLocale {
  return uiLocaleFor(closestLang(el));
}

/**
 * `{n}` placeholders filled in, numbers in the locale's digits, and plural choices as ICU writes them,
 * through `Intl.PluralRules`: `{n, plural, one {# problem} other {# problems}}` (`#` is the number).
 */
export function fill(template: string, values: Record<string, string | number>, locale = 'en'): string {
  const show = (v: string | number | undefined, k: string) =>
    typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : (v ?? `{${k}}`);
  const plural = /\{(\w+), plural, ((?:\w+ \{[^{}]*\}\s*)+)\}/g;
  return template
    .replace(plural, (_, k: string, forms: string) => {
      const n = Number(values[k]);
      const choices = Object.fromEntries([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1], m[2]]));
      const form = choices[new Intl.PluralRules(locale).select(n)] ?? choices['other'] ?? '';
      return form.replace(/#/g, show(values[k], k));
    })
    .replace(/\{(\w+)\}/g, (_, k: string) => show(values[k], k));
}

export class LangController implements ReactiveController {
  private stop: (() => void) | undefined;
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }
  get lang(): UiLocale {
    return langOf(this.host);
  }
  hostConnected(): void {
    this.stop = observeLang(() => this.host.requestUpdate());
  }
  hostDisconnected(): void {
    this.stop?.();
  }
}
