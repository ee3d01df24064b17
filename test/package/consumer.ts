/**
 * A TypeScript consumer of the packed package, type-checked by scripts/check-package.mjs in a scratch
 * project where `twinning-kit` is installed from the tarball (never the checkout), under
 * `moduleResolution: "bundler"` and `"node16"`. It must compile with no error: the entries resolve,
 * `HTMLElementTagNameMap` types the elements, `twin-*` listeners get typed events.
 */
import {TwinEventCalendar, TwinSelectEvent, validateFeed, type FeedInput, type TwinSelectKind} from 'twinning-kit';
import 'twinning-kit/event-calendar.js';
import {TwinPartnerMap} from 'twinning-kit/partner-map.js';
import {TwinDelegationList} from 'twinning-kit/delegation-list.js';
import {TwinReportSummary} from 'twinning-kit/report-summary.js';
import * as cdn from 'twinning-kit/twinning-kit.js';

const feed: FeedInput = {
  schemaVersion: 1,
  publisher: {city: 'khabarovsk', name: {ru: 'Администрация города Хабаровска', en: 'Khabarovsk City Administration'}},
  defaultLanguage: 'ru',
  timeZone: 'Asia/Vladivostok',
  cities: [{id: 'khabarovsk', name: 'Хабаровск', country: 'RU', coordinates: [135.0719, 48.4802]}],
  events: [{id: 'day', title: {ru: 'День города', en: 'City Day'}, start: '2021-06', cities: ['khabarovsk']}],
};

// createElement and querySelector know the tags (no cast): HTMLElement alone would not be assignable.
const cal: TwinEventCalendar = document.createElement('twin-event-calendar');
cal.view = 'list';
cal.data = feed;
cal.maxEvents = 5;
cal.addEventListener('twin-select', (event) => {
  const kind: TwinSelectKind = event.detail.kind;
  const chosen: TwinSelectEvent = event;
  console.log(kind, chosen.detail.id);
});
cal.addEventListener('twin-load', (event) => console.log(event.detail.problems.length, event.detail.data));

const map: TwinPartnerMap | null = document.querySelector('twin-partner-map');
if (map) map.view = 'map';
const list: TwinDelegationList = document.createElement('twin-delegation-list');
list.sort = '-date';
const report: TwinReportSummary = document.createElement('twin-report-summary');
report.compact = true;
document.body.append(cal, list, report);

// The CDN entry has the same exports as the class entry.
const same: typeof TwinEventCalendar = cdn.TwinEventCalendar;
console.log(same, validateFeed(feed).problems.length);
