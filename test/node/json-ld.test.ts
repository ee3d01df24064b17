/**
 * The events' JSON-LD against the shape of a schema.org `Event` as Google's event rich results want it:
 * required `name`, `startDate` (a day, or a date-time WITH its offset; never a month or a year) and
 * `location` (a `Place` with an address and/or geo, or a `VirtualLocation` with its url); recommended
 * `description`, `endDate`, `eventStatus`, `eventAttendanceMode`, `organizer` (name, url), `url`,
 * `inLanguage`. Checked on the objects (src/static/json-ld.ts) and on what the calendar's pre-rendered
 * content writes (its `<script type="application/ld+json">`, read back as a crawler reads it).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {z} from 'zod';
import {prepareFeeds, renderStatic} from '../../src/static/render.js';
import {eventsJsonLd, jsonLdText} from '../../src/static/json-ld.js';
import type {TwinData} from '../../src/core/merge.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** A day (`2021-07-15`) or an instant with its offset (`2021-07-15T10:00:00+10:00`): never `2021-07` or `2021`. */
const isoDate = z.string().refine((s) => DAY.test(s) || DATE_TIME.test(s), 'a day or a date-time with its offset');
const https = z.url({protocol: /^https?$/});
const nonEmpty = z.string().trim().min(1);

const PostalAddress = z
  .object({
    '@type': z.literal('PostalAddress'),
    addressLocality: nonEmpty.optional(),
    addressRegion: nonEmpty.optional(),
    addressCountry: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .refine((a) => a.addressLocality || a.addressCountry, 'an address says at least a locality or a country');
const GeoCoordinates = z.object({
  '@type': z.literal('GeoCoordinates'),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
const Place = z
  .object({
    '@type': z.literal('Place'),
    name: nonEmpty.optional(),
    address: z.union([PostalAddress, nonEmpty]).optional(),
    geo: GeoCoordinates.optional(),
  })
  .refine((p) => p.address || p.geo, 'a Place has an address and/or geo');
const VirtualLocation = z.object({'@type': z.literal('VirtualLocation'), url: https});
const Location = z.union([Place, VirtualLocation]);

const STATUSES = ['Scheduled', 'Cancelled', 'Postponed', 'Rescheduled', 'MovedOnline'] as const;
const MODES = ['Offline', 'Online', 'Mixed'] as const;

/** The whole shape: required and recommended fields, nothing of the wrong kind. */
const EventLd = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('Event'),
    name: nonEmpty,
    startDate: isoDate,
    endDate: isoDate.optional(),
    location: z.union([Location, z.array(Location).min(1)]),
    description: nonEmpty.optional(),
    eventStatus: z.enum(STATUSES.map((s) => `https://schema.org/Event${s}`) as [string, ...string[]]),
    eventAttendanceMode: z
      .enum(MODES.map((m) => `https://schema.org/${m}EventAttendanceMode`) as [string, ...string[]])
      .optional(),
    organizer: z.object({'@type': z.enum(['Organization', 'Person']), name: nonEmpty, url: https.optional()}),
    url: https.optional(),
    inLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  })
  .strict()
  .superRefine((e, ctx) => {
    const locations = Array.isArray(e.location) ? e.location : [e.location];
    const types = locations.map((l) => l['@type']).sort();
    const mode = (e.eventAttendanceMode ?? '').replace(/^https:\/\/schema\.org\/|EventAttendanceMode$/g, '');
    const want = {Offline: ['Place'], Online: ['VirtualLocation'], Mixed: ['Place', 'VirtualLocation']}[mode];
    if (want && JSON.stringify(types) !== JSON.stringify(want))
      ctx.addIssue({code: 'custom', message: `${mode} attendance with locations ${types.join(', ')}`});
    if (e.endDate && e.endDate.slice(0, 10) < e.startDate.slice(0, 10))
      ctx.addIssue({code: 'custom', message: 'the end is before the start'});
  });
type EventLd = z.infer<typeof EventLd>;

function valid(value: unknown, where: string): EventLd {
  const r = EventLd.safeParse(value);
  assert.ok(r.success, `${where}: ${r.success ? '' : z.prettifyError(r.error)}\n${JSON.stringify(value, null, 1)}`);
  return r.data;
}

/** The JSON-LD scripts of an HTML text, parsed as a crawler parses them. */
function scriptsOf(html: string): EventLd[] {
  const out: unknown[] = [];
  for (const m of html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
    const v = JSON.parse(m[1]!) as unknown;
    out.push(...(Array.isArray(v) ? v : [v]));
  }
  return out.map((v, i) => valid(v, `script object ${i}`));
}

const permalink = (e: {id: string}) => `https://city.example/events/${e.id}.html`;

test('the Vladivostok sample: its four day-precise events get valid Event markup, its month and year ones none', () => {
  const data = prepareFeeds([
    {source: 'vladivostok-sample.json', text: readFileSync('demo/feeds/vladivostok-sample.json', 'utf8')},
  ])!;
  const ld = eventsJsonLd(data.events, data, {locale: 'en', url: permalink})!.map((v, i) => valid(v, `event ${i}`));
  assert.deepEqual(ld.map((e) => e.name).sort(), [
    'Kaliningrad–Vladivostok youth relay',
    'Niigata Days in Vladivostok',
    'Tumen River Triangle Forum',
    'Video conference of the mayors of Vladivostok and San Diego',
  ]);
  const byName = new Map(ld.map((e) => [e.name, e]));
  const niigata = byName.get('Niigata Days in Vladivostok')!;
  assert.equal(niigata.startDate, '2019-09-04');
  assert.equal(niigata.endDate, '2019-09-06');
  assert.deepEqual(niigata.location, {
    '@type': 'Place',
    name: 'Vladivostok',
    address: {
      '@type': 'PostalAddress',
      addressLocality: 'Vladivostok',
      addressRegion: 'Primorsky Krai',
      addressCountry: 'RU',
    },
    geo: {'@type': 'GeoCoordinates', latitude: 43.1155, longitude: 131.8869},
  });
  const call = byName.get('Video conference of the mayors of Vladivostok and San Diego')!;
  assert.equal(call.startDate, '2022-05-12T10:00:00+10:00', 'the instant with its own offset');
  assert.equal(call.endDate, '2022-05-12T12:00:00+10:00');
  assert.equal(call.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.equal(
    byName.get('Tumen River Triangle Forum')!.eventAttendanceMode,
    'https://schema.org/MixedEventAttendanceMode',
  );
  for (const e of ld) {
    assert.equal(e.inLanguage, 'en');
    assert.equal(e.organizer.name, 'Vladivostok City Administration (sample)');
    assert.equal(e.eventStatus, 'https://schema.org/EventScheduled');
  }
  // In Russian, the feed's own language: every text picked for the reader.
  const ru = eventsJsonLd(data.events, data, {locale: 'ru', url: permalink})!.map((v) => valid(v, 'ru'));
  assert.ok(
    ru.every((e) => e.inLanguage === 'ru' && /[а-я]/i.test(e.name)),
    JSON.stringify(ru.map((e) => e.name)),
  );
});

const HOME = {
  id: 'home',
  name: {en: 'Khabarovsk', ru: 'Хабаровск'},
  country: 'RU',
  coordinates: [135.07, 48.48],
  region: {en: 'Khabarovsk Krai'},
};
const NIIGATA = {id: 'niigata', name: {en: 'Niigata', ja: '新潟市'}, country: 'JP', coordinates: [139.04, 37.92]};
const STREAM = 'https://stream.example/live';

/** A feed with one event of each kind the markup must tell apart. */
const generated = {
  schemaVersion: 1,
  publisher: {city: 'home', name: {en: 'City of Khabarovsk'}, url: 'https://khabarovsk.example/'},
  defaultLanguage: 'en',
  timeZone: 'Asia/Vladivostok',
  cities: [HOME, NIIGATA],
  partnerships: [{city: 'niigata', type: 'sister', since: '1965'}],
  events: [
    {
      id: 'day',
      title: {en: 'Friendship concert', ja: '友好コンサート'},
      description: {en: 'Musicians of both cities.'},
      start: '2024-05-20',
      end: '2024-05-22',
      format: 'offline',
      cities: ['home', 'niigata'],
      place: {en: 'Concert hall of the Far Eastern Philharmonic'},
      placeCity: 'home',
      organizer: {en: 'Department of culture'},
      url: 'https://khabarovsk.example/events/concert',
    },
    {
      id: 'time',
      title: {en: 'Opening of the Niigata photo exhibition'},
      start: '2024-06-01T18:30:00+10:00',
      end: '2024-06-01T20:00:00+10:00',
      format: 'offline',
      placeCity: 'home',
    },
    {
      id: 'hybrid',
      title: {en: 'Sister-city forum'},
      start: '2024-06-10',
      format: 'hybrid',
      placeCity: 'niigata',
      links: [{url: STREAM}],
    },
    {
      id: 'online',
      title: {en: 'Online language class'},
      start: '2024-07-01T09:00+10:00',
      format: 'online',
      links: [{url: STREAM}],
    },
    {
      id: 'cancelled',
      title: {en: 'Regatta'},
      start: '2024-07-15',
      format: 'offline',
      status: 'cancelled',
      placeCity: 'home',
    },
    {
      id: 'moved',
      title: {en: 'Youth summit'},
      start: '2024-08-05',
      format: 'offline',
      status: 'moved-online',
      placeCity: 'niigata',
      links: [{url: STREAM}],
    },
    {id: 'month', title: {en: 'Trade mission (month only)'}, start: '2024-09', format: 'offline', placeCity: 'home'},
    {id: 'year', title: {en: 'Exchange of pupils (year only)'}, start: '2024', format: 'offline', placeCity: 'home'},
    {id: 'nowhere', title: {en: 'Meeting (no place)'}, start: '2024-10-01', format: 'offline'},
  ],
};

test('a generated feed: day, date-time, hybrid, online, cancelled and moved-online events as schema.org wants them; month-only, year-only and place-less ones get no markup', () => {
  const data = prepareFeeds([{source: 'generated.json', text: JSON.stringify(generated)}])!;
  assert.equal(data.events.length, generated.events.length, 'every event of the feed is valid');
  const ld = eventsJsonLd(data.events, data, {locale: 'en', url: permalink})!.map((v, i) => valid(v, `event ${i}`));
  assert.deepEqual(
    ld.map((e) => e.name),
    [
      'Friendship concert',
      'Opening of the Niigata photo exhibition',
      'Sister-city forum',
      'Online language class',
      'Regatta',
      'Youth summit',
    ],
    'no markup for the month-only, the year-only and the place-less event',
  );
  const [day, time, hybrid, online, cancelled, moved] = ld as [EventLd, EventLd, EventLd, EventLd, EventLd, EventLd];
  // The day: its own url, its place with address and geo, its organizer and description.
  assert.equal(day.url, 'https://khabarovsk.example/events/concert', "the event's own page first");
  assert.equal(day.startDate, '2024-05-20');
  assert.equal(day.endDate, '2024-05-22');
  assert.equal(day.description, 'Musicians of both cities.');
  assert.deepEqual(day.organizer, {'@type': 'Organization', name: 'Department of culture'});
  assert.deepEqual(day.location, {
    '@type': 'Place',
    name: 'Concert hall of the Far Eastern Philharmonic',
    address: {
      '@type': 'PostalAddress',
      addressLocality: 'Khabarovsk',
      addressRegion: 'Khabarovsk Krai',
      addressCountry: 'RU',
    },
    geo: {'@type': 'GeoCoordinates', latitude: 48.48, longitude: 135.07},
  });
  assert.equal(day.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  // The date-time keeps its offset; the publisher organizes what names no organizer.
  assert.equal(time.startDate, '2024-06-01T18:30:00+10:00');
  assert.equal(time.endDate, '2024-06-01T20:00:00+10:00');
  assert.deepEqual(time.organizer, {
    '@type': 'Organization',
    name: 'City of Khabarovsk',
    url: 'https://khabarovsk.example/',
  });
  assert.equal(time.url, permalink({id: 'time'}), 'the permalink when the event has no page of its own');
  // Hybrid: a Place and a VirtualLocation.
  assert.equal(hybrid.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
  assert.deepEqual(
    (hybrid.location as Array<{'@type': string; url?: string}>).map((l) => [l['@type'], l.url]),
    [
      ['Place', undefined],
      ['VirtualLocation', STREAM],
    ],
  );
  // Online: only a VirtualLocation, with the stream's address.
  assert.equal(online.startDate, '2024-07-01T09:00+10:00');
  assert.deepEqual(online.location, {'@type': 'VirtualLocation', url: STREAM});
  assert.equal(cancelled.eventStatus, 'https://schema.org/EventCancelled');
  assert.equal((cancelled.location as {'@type': string})['@type'], 'Place');
  // Moved online: the status says so, and the event is now where it is streamed.
  assert.equal(moved.eventStatus, 'https://schema.org/EventMovedOnline');
  assert.equal(moved.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.deepEqual(moved.location, {'@type': 'VirtualLocation', url: STREAM});
});

test('an online event with no address at all gets no markup (a VirtualLocation needs its url); a hybrid one keeps its Place', () => {
  const feed = structuredClone(generated);
  feed.events = [
    {id: 'online', title: {en: 'Online class'}, start: '2024-07-01', format: 'online'},
    {id: 'hybrid', title: {en: 'Forum'}, start: '2024-06-10', format: 'hybrid', placeCity: 'niigata'},
  ];
  const data = prepareFeeds([{source: 'g.json', text: JSON.stringify(feed)}])!;
  const ld = (eventsJsonLd(data.events, data, {locale: 'en'}) ?? []).map((v, i) => valid(v, `event ${i}`));
  assert.deepEqual(
    ld.map((e) => e.name),
    ['Forum'],
  );
  // With a permalink, the online event is at its page.
  const linked = eventsJsonLd(data.events, data, {locale: 'en', url: permalink})!.map((v, i) =>
    valid(v, `linked ${i}`),
  );
  assert.deepEqual(
    linked.map((e) => e.name),
    ['Online class', 'Forum'],
  );
});

test('the JSON-LD text never closes its script and parses back to the same objects', () => {
  const value = {name: '</script><script>alert(1)</script><!-- \u2028 & >', list: ['</SCRIPT>']};
  const text = jsonLdText(value);
  assert.doesNotMatch(text, /<\/script|<!--|[<>&\u2028\u2029]/i);
  assert.deepEqual(JSON.parse(text), value);
});

async function calendarSnippet(data: TwinData, lang: string): Promise<string> {
  return renderStatic(data, {element: 'event-calendar', lang, eventUrl: permalink});
}

test("the calendar's pre-rendered content carries the same valid markup in every language", async () => {
  for (const [name, text] of [
    ['vladivostok', readFileSync('demo/feeds/vladivostok-sample.json', 'utf8')],
    ['generated', JSON.stringify(generated)],
  ] as const) {
    const data = prepareFeeds([{source: `${name}.json`, text}])!;
    for (const lang of ['en', 'ru', 'zh-Hans', 'ja', 'ko']) {
      const html = await calendarSnippet(data, lang);
      const scripts = scriptsOf(html);
      const want = eventsJsonLd(data.events, data, {locale: lang, url: permalink})!.map((e) => e['name']);
      assert.deepEqual(scripts.map((e) => e.name).sort(), [...want].sort(), `${name} in ${lang}`);
    }
  }
  // The Khabarovsk feed knows no event to the day: no markup at all.
  const khabarovsk = prepareFeeds([
    {source: 'k.json', text: readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8')},
  ])!;
  assert.doesNotMatch(await calendarSnippet(khabarovsk, 'ru'), /application\/ld\+json/);
});
