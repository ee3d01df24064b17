/**
 * The calendar's events as schema.org JSON-LD, for search engines: one
 * `<script type="application/ld+json" data-twin-ld>` as a direct child of the element (its light DOM, never
 * `<head>`), with the events of `events` known to the day (static/json-ld.ts). Loaded lazily, once the
 * calendar has drawn; inlined in the CDN file.
 */
import {html, render} from 'lit';
import type {EventItem, TwinData} from '../core/merge.js';
import {eventsJsonLd, jsonLdText} from '../static/json-ld.js';

/** Replaces the element's JSON-LD (and the pre-rendered block's) with that of `events`; none when no event has a rich result. */
export function writeJsonLd(el: HTMLElement, events: readonly EventItem[], data: TwinData, locale: string): void {
  el.querySelectorAll(':scope>script[data-twin-ld],:scope>[data-twin-static] script[data-twin-ld]').forEach((s) =>
    s.remove(),
  );
  // The page's address with the event's id as its fragment (ids need no escaping: the schema's pattern).
  const page = location.href.replace(/#.*/, '') + '#';
  const ld = eventsJsonLd(events, data, {locale, url: (e) => page + e.id});
  if (!ld) return;
  const box = document.createElement('div');
  // The kit's one template from a string (what `unsafeHTML` does, without its directive's bytes), and not
  // for feed text as markup: under Trusted Types (`require-trusted-types-for 'script'`) a script's text
  // cannot be set nor a text node appended to it, even for JSON-LD (the browser reports it), but a script
  // cloned out of a template that Lit made through its own `lit-html` policy can. `jsonLdText` escapes `<`,
  // `>` and `&` as `\u003c`…, so no feed text can end the script or become markup.
  const markup = `<script type="application/ld+json" data-twin-ld>${jsonLdText(ld)}</script>`;
  render(html(Object.assign([markup], {raw: [markup]})), box);
  el.append(box.querySelector('script')!);
}
