/**
 * schema.org `Event` objects in JSON-LD for the events a search engine can show as events: only those
 * whose date is known to the day (a `startDate` of a month or a year is a critical error for Google's
 * event rich results), and only with a location (a `Place`, or a `VirtualLocation` for online ones).
 * Shared by the pre-rendered content (`twinning-kit render`), the calendar (which writes the same script
 * into its light DOM) and the feed checker (which says why an event gets no rich result).
 *
 * DOM-free and small: the calendar loads it lazily, after it has drawn.
 */
import type {EventItem, TwinData} from '../core/merge.js';
import {knownToTheDay, type PartialDate} from '../core/partial-date.js';
import {resolveText, type ResolvedText} from '../core/localized-text.js';
import {safeHref} from '../core/links.js';
import type {City, LocalizedText} from '../../data-schema/schema.js';

/** Why an event gets no rich result (`ok` when it gets one). */
export type RichVerdict = 'ok' | 'month' | 'year' | 'place';

/**
 * Whether an event can be an `Event` rich result: `month`/`year` when its start is known only to the month
 * or the year, `place` when it is not online and says neither a place nor the city it takes place in.
 */
export function richVerdict(e: EventItem): RichVerdict {
  const s = e.startDate;
  if (!knownToTheDay(s)) return s.precision === 'month' ? 'month' : 'year';
  if (e.format !== 'online' && !e.place && !e.placeCity) return 'place';
  return 'ok';
}

const STATUS: Record<EventItem['status'], string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
};

/** The date as schema.org wants it: a day as `YYYY-MM-DD`, an instant as the feed wrote it, with its offset. */
const isoDate = (d: PartialDate): string => d.raw;

export interface JsonLdOptions {
  /** The reader's language: texts are picked for it (as the widgets pick them). */
  locale: string;
  /** The event's page: its own `url`, else this (a permalink, or the page with `#id`). */
  url?: ((e: EventItem) => string | undefined) | undefined;
}

type Json = Record<string, unknown>;

/** The schema.org `Event` of an event with a rich result, or `undefined` for one without. */
export function eventJsonLd(e: EventItem, data: TwinData, {locale, url}: JsonLdOptions): Json | undefined {
  if (richVerdict(e) !== 'ok') return undefined;
  const say = (t: LocalizedText | undefined): ResolvedText | undefined => resolveText(t, locale, data.defaultLanguage);
  const title = say(e.title);
  if (!title) return undefined;
  const city: City | undefined = e.placeCity ? data.cityById.get(e.placeCity) : undefined;
  const cityName = say(city?.name)?.text;
  const place = say(e.place)?.text;
  const page = safeHref(e.url) ?? url?.(e);
  const locations: Json[] = [];
  // Online (or moved online): where it is streamed. A VirtualLocation without its url is no location.
  const online = e.format === 'online' || e.status === 'moved-online';
  const where = online || e.format === 'hybrid' ? (safeHref(e.links?.[0]?.url) ?? page) : undefined;
  // A place, unless the event is (now) only online and says where: a moved-online event is no longer at its place.
  if ((!online || !where) && e.format !== 'online' && (place || city)) {
    const address: Json = {'@type': 'PostalAddress'};
    if (cityName) address['addressLocality'] = cityName;
    const region = say(city?.region)?.text;
    if (region) address['addressRegion'] = region;
    if (city) address['addressCountry'] = city.country;
    const location: Json = {'@type': 'Place', name: place ?? cityName, address};
    if (city)
      location['geo'] = {'@type': 'GeoCoordinates', latitude: city.coordinates[1], longitude: city.coordinates[0]};
    locations.push(location);
  }
  if (where) locations.push({'@type': 'VirtualLocation', url: where});
  if (!locations.length) return undefined;
  const organizerText = say(e.organizer);
  const publisher = data.feeds.find((f) => f.source === e.source)?.publisher ?? data.feeds[0]?.publisher;
  const organizer: Json = organizerText
    ? {'@type': 'Organization', name: organizerText.text}
    : {'@type': 'Organization', name: say(publisher?.name)?.text};
  const organizerUrl = organizerText ? undefined : safeHref(publisher?.url);
  if (organizerUrl) organizer['url'] = organizerUrl;
  const out: Json = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: title.text,
    startDate: isoDate(e.startDate),
  };
  if (e.endDate && knownToTheDay(e.endDate)) out['endDate'] = isoDate(e.endDate);
  const description = say(e.description);
  if (description) out['description'] = description.text;
  out['eventStatus'] = `https://schema.org/${STATUS[e.status] ?? 'EventScheduled'}`;
  // The mode follows the locations written: a hybrid event with no stream address is, for a search engine, offline.
  const kinds = new Set(locations.map((l) => l['@type']));
  const mode = kinds.size === 2 ? 'Mixed' : kinds.has('Place') ? (e.format ? 'Offline' : undefined) : 'Online';
  if (mode) out['eventAttendanceMode'] = `https://schema.org/${mode}EventAttendanceMode`;
  out['location'] = locations.length === 1 ? locations[0] : locations;
  if (organizer['name']) out['organizer'] = organizer;
  out['inLanguage'] = title.lang;
  if (page) out['url'] = page;
  return out;
}

/**
 * The text of a `<script type="application/ld+json">`: JSON in which `<`, `>`, `&`, the line separators and
 * the bidi controls are escaped as `\uXXXX`, so that no feed text can close the script (`</script>`), open
 * a comment, or reorder what a reader of the source sees (the JSON's value is unchanged).
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The JSON-LD of every event with a rich result: a list, or `undefined` when there is none. */
export function eventsJsonLd(events: readonly EventItem[], data: TwinData, options: JsonLdOptions): Json[] | undefined {
  const out: Json[] = [];
  for (const e of events) {
    const one = eventJsonLd(e, data, options);
    if (one) out.push(one);
  }
  return out.length ? out : undefined;
}
