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

/** `{n}`-style placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
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
