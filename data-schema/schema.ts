/**
 * The Twinning Kit feed, version 1: the single source of truth.
 *
 * Written with `zod/mini` so the browser bundle stays small; `feed.schema.json` is generated from it
 * (`npm run schema`). Every object is loose: fields a later version adds are kept, never rejected.
 */
import * as z from 'zod/mini';
import {dayExists} from './refinements.js';
import {SCHEMA_MESSAGES as M} from './messages.js';

// zod's optional speed-up compiles parsers with `new Function`, which a strict Content Security Policy
// (no 'unsafe-eval') reports as a violation the moment a schema is built. The kit runs on such pages,
// and its own fast path (src/core/compile-schema.ts) needs no eval, so zod's is switched off.
z.config({jitless: true});

import {LINK_SCHEMES, PARTIAL_DATE_PATTERN, SCHEMA_ID, SCHEMA_VERSION} from './constants.js';

export {LINK_SCHEMES, PARTIAL_DATE_PATTERN, SCHEMA_ID, SCHEMA_VERSION};

const describe = z.describe;
/** Names a schema in the generated JSON Schema's `$defs`. */
const named = (id: string, description: string) => z.meta({id, description});

/** BCP 47 language tag, loosely checked: `ru`, `en`, `zh-Hans`, `ja`, `ko`, `pt-BR`... */
export const LanguageTag = z
  .string()
  .check(
    z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {error: M.lang}),
    describe('A BCP 47 language tag: "ru", "en", "zh-Hans", "ja", "ko"...'),
  );

export const Id = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {error: M.id}),
    describe('A stable identifier: Latin letters, digits, ".", "_", ":" and "-", e.g. "niigata".'),
  );

const Text = z.string().check(z.minLength(1, {error: M.textEmpty}), z.maxLength(20000, {error: M.textLong}));

export const LocalizedText = z
  .union([Text, z.record(LanguageTag, Text)])
  .check(
    named(
      'LocalizedText',
      'Text a person reads: a plain string (in the feed\'s defaultLanguage) or an object of BCP 47 tags to strings, e.g. {"ru": "Ниигата", "en": "Niigata"}. Widgets fall back: the asked language, its base language ("zh" for "zh-Hans"), then English, then the feed\'s default language, then any text there is. A Japanese reader of a feed with Russian and English names reads English, not Cyrillic.',
    ),
  );

export const Country = z
  .string()
  .check(
    z.regex(/^[A-Z]{2}$/, {error: M.country}),
    named('Country', 'ISO 3166-1 alpha-2 country code, e.g. "RU", "JP", "KR", "CN", "KP", "US", "CA", "BY", "AM".'),
  );

const partialDateRe = new RegExp(PARTIAL_DATE_PATTERN);

export const PartialDate = z.string().check(
  z.regex(partialDateRe, {
    error: M.date,
  }),
  z.refine(dayExists, {error: M.day}),
  named(
    'PartialDate',
    'A date exactly as precise as the source: "2021" (during the year), "2021-07" (in July), "2021-07-15", or a date-time with its UTC offset, "2021-07-15T10:00:00+10:00". Widgets never invent a missing month or day.',
  ),
);

export const Link = z.string().check(
  z.regex(/^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+0-9()\-. ]+)$/i, {
    error: M.link,
  }),
  z.maxLength(2048, {error: M.linkLong}),
  named(
    'Link',
    'A link: only https:, http:, mailto: and tel: are allowed. Anything else is reported and not shown as a link.',
  ),
);

export const LinkItem = z.looseObject({
  url: Link,
  title: z.optional(LocalizedText),
});

export const Format = z
  .enum(['online', 'offline', 'hybrid'])
  .check(
    named(
      'Format',
      'How people take part, as schema.org eventAttendanceMode: online, offline (in person) or hybrid (mixed).',
    ),
  );

export const Coordinates = z
  .tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))])
  .check(named('Coordinates', 'WGS84 [longitude, latitude] in degrees, as in GeoJSON.'));

export const City = z
  .looseObject({
    id: Id,
    name: LocalizedText,
    country: Country,
    coordinates: Coordinates,
    kind: z._default(
      z.enum(['city', 'district', 'region', 'prefecture', 'province', 'state', 'organization', 'other']),
      'city',
    ),
    region: z.optional(LocalizedText),
    url: z.optional(Link),
  })
  .check(
    named(
      'City',
      'A place the feed talks about: the home city, a partner city, or another partner (a region, a prefecture, an organization). Two cities may share a name; the id tells them apart.',
    ),
  );

/** A date a source gives: the feed's own field holds the date it chose, `dateSources` every date given. */
export const DateSource = z
  .looseObject({
    date: PartialDate,
    /** Where this date comes from: a document, a website, an archive. */
    source: LocalizedText,
    url: z.optional(Link),
  })
  .check(
    named(
      'DateSource',
      'A date as one source gives it: `date`, `source` (where it comes from: a document, a website, an archive) and, if there is one, a `url`.',
    ),
  );

const dateSources = <const K extends string>(fields: readonly K[], what: string) =>
  z.optional(
    z
      .looseObject(
        Object.fromEntries(fields.map((f) => [f, z.optional(z.array(DateSource))])) as Record<
          K,
          z.ZodMiniOptional<z.ZodMiniArray<typeof DateSource>>
        >,
      )
      .check(
        describe(
          `When sources disagree on ${what}: every date each source gives, by field. The field itself keeps the date the feed chose; widgets show it with a note naming the other dates and their sources. Example: {"since": [{"date": "1991-02", "source": "Agreement signed in Niigata"}, {"date": "1990", "source": "Portland city website"}]}.`,
        ),
      ),
  );

/** A partnership's start or end: as precise as known, or "unknown" when the date is lost. */
const RelationDate = z
  .union([PartialDate, z.literal('unknown')], {error: M.dateOrUnknown})
  .check(
    named(
      'RelationDate',
      'A date as precise as known ("1991", "1991-02", "1991-02-14"), or "unknown": the relationship did begin (or end), but the date is not known. Widgets show "date not known"; leaving the field out means the feed does not say.',
    ),
  );

export const Partnership = z
  .looseObject({
    city: Id.check(describe('The partner: an id from `cities`.')),
    type: z
      .enum(['sister', 'friendly', 'other'])
      .check(describe('sister (twin) city, friendly (partner) city, or another kind of agreement.')),
    status: z._default(z.enum(['active', 'suspended', 'ended', 'planned']), 'active'),
    since: z
      .optional(RelationDate)
      .check(describe('When the relationship began (for a planned one: when it is to begin).')),
    until: z.optional(RelationDate).check(describe('When the relationship ended or was suspended.')),
    parties: z._default(
      z
        .array(Id)
        .check(
          describe(
            'An agreement of more than two parties (a three-party agreement): the other parties, ids from `cities`, besides the publisher and `city`. Each party is shown as a partner.',
          ),
        ),
      [],
    ),
    dateSources: dateSources(['since', 'until'] as const, 'when a relationship began or ended'),
    note: z.optional(LocalizedText),
    url: z.optional(Link),
  })
  .check(
    named('Partnership', 'A relationship between the publisher and a partner (or, with `parties`, several partners).'),
  );

export const Category = z.looseObject({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
});

export const Event = z
  .looseObject({
    id: Id,
    title: LocalizedText,
    description: z.optional(LocalizedText),
    start: PartialDate,
    end: z
      .optional(PartialDate)
      .check(
        describe(
          'The last day (or month, or year) of the event, INCLUSIVE: an event from 20 to 23 July 2021 has start "2021-07-20" and end "2021-07-23"; leave it out for an event of one day. iCalendar (DTEND) and most calendar libraries use an exclusive end, the day after the event: subtract a day when converting from them (the .ics export writes DTEND as the day after this end). A date-time end is the instant the event ends.',
        ),
      ),
    format: z
      .optional(Format)
      .check(describe('Leave out when the source does not say; widgets then show "format not stated".')),
    status: z._default(z.enum(['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online']), 'scheduled'),
    categories: z._default(z.array(Id), []),
    cities: z._default(z.array(Id).check(describe('Participating cities: ids from `cities`.')), []),
    countries: z._default(
      z.array(Country).check(describe('Participating countries whose cities the source does not name.')),
      [],
    ),
    place: z.optional(LocalizedText),
    placeCity: z.optional(Id),
    organizer: z.optional(LocalizedText),
    url: z.optional(Link),
    links: z.optional(z.array(LinkItem)),
    dateSources: dateSources(['start', 'end'] as const, 'when an event took place'),
  })
  .check(named('Event', 'A joint event: a festival, exhibition, meeting, competition, conference...'));

export const Delegation = z
  .looseObject({
    id: Id,
    direction: z.enum(['incoming', 'outgoing']),
    kind: z._default(z.enum(['delegation', 'meeting']), 'delegation'),
    cities: z.array(Id).check(z.minLength(1, {error: M.citiesMin})),
    start: PartialDate,
    end: z.optional(PartialDate),
    format: z.optional(Format).check(describe('Leave out when the source does not say.')),
    title: z.optional(LocalizedText),
    purpose: LocalizedText,
    head: z.optional(LocalizedText),
    participants: z.optional(LocalizedText),
    size: z.optional(z.int().check(z.gte(1))),
    outcome: z.optional(LocalizedText),
    events: z._default(z.array(Id), []),
    url: z.optional(Link),
    dateSources: dateSources(['start', 'end'] as const, 'when a visit or meeting took place'),
  })
  .check(
    named(
      'Delegation',
      'An incoming or outgoing delegation, or an official meeting (in person or by video conference).',
    ),
  );

export const ReportSection = z.looseObject({
  id: Id,
  title: LocalizedText,
  summary: z.optional(LocalizedText),
  events: z._default(z.array(Id), []),
  delegations: z._default(z.array(Id), []),
  items: z._default(
    z.array(LocalizedText).check(describe('Activities the section lists that are not dated events.')),
    [],
  ),
});

export const Metric = z.looseObject({
  id: Id,
  label: LocalizedText,
  value: z.number(),
  unit: z.optional(LocalizedText),
  note: z.optional(LocalizedText),
});

export const Award = z.looseObject({
  id: Id,
  title: LocalizedText,
  competition: LocalizedText,
  result: z.optional(LocalizedText),
  project: z.optional(LocalizedText),
  date: PartialDate,
  level: z.optional(z.enum(['municipal', 'regional', 'national', 'international'])),
  events: z._default(z.array(Id).check(describe('Events of this feed the award is about.')), []),
  url: z.optional(Link),
});

export const Plan = z.looseObject({
  id: Id,
  year: z.int().check(z.gte(1000), z.lte(9999)),
  kind: z._default(z.enum(['direction', 'event']), 'direction'),
  text: LocalizedText,
  cities: z._default(z.array(Id), []),
});

export const Report = z
  .looseObject({
    id: Id,
    year: z.int().check(z.gte(1000), z.lte(9999)),
    title: LocalizedText,
    summary: z.optional(LocalizedText),
    source: z.optional(
      z
        .looseObject({title: LocalizedText, url: z.optional(Link), note: z.optional(LocalizedText)})
        .check(describe('The document the report data comes from.')),
    ),
    sections: z._default(z.array(ReportSection), []),
    metrics: z._default(z.array(Metric), []),
    awards: z._default(z.array(Award), []),
    plans: z._default(z.array(Plan), []),
  })
  .check(named('Report', 'An annual report: summary, sections, figures, awards and plans for the next year.'));

export const Publisher = z.looseObject({
  city: Id.check(describe('The home city: an id from `cities`.')),
  /** Who publishes the feed, e.g. the city administration. */
  name: LocalizedText,
  url: z.optional(Link),
  email: z.optional(Link),
});

/** Collections validated item by item: a bad item is reported and skipped, the rest kept. */
export const COLLECTIONS = {
  cities: City,
  partnerships: Partnership,
  categories: Category,
  events: Event,
  delegations: Delegation,
  reports: Report,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** The feed envelope: everything but the collections. */
export const FeedHeader = z.looseObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION).check(describe('The feed format version: 1.')),
  publisher: Publisher,
  defaultLanguage: LanguageTag.check(describe('The language of plain-string texts.')),
  timeZone: z
    .string()
    .check(
      z.regex(/^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$/, {error: M.timeZone}),
      describe('IANA time zone of the publisher, e.g. "Asia/Vladivostok" for Khabarovsk.'),
    ),
  title: z.optional(LocalizedText),
  updated: z.optional(PartialDate),
});

export const Feed = z
  .looseObject({
    ...FeedHeader.shape,
    cities: z.array(City),
    partnerships: z._default(z.array(Partnership), []),
    categories: z._default(z.array(Category), []),
    events: z._default(z.array(Event), []),
    delegations: z._default(z.array(Delegation), []),
    reports: z._default(z.array(Report), []),
  })
  .check(
    describe(
      "A Twinning Kit feed: a city's partners, joint events, delegations and reports. See https://twinning-kit.org for the widgets that show it.",
    ),
  );

export type LocalizedText = z.output<typeof LocalizedText>;
export type PartialDateString = z.output<typeof PartialDate>;
export type City = z.output<typeof City>;
export type Partnership = z.output<typeof Partnership>;
export type DateSource = z.output<typeof DateSource>;
export type Category = z.output<typeof Category>;
export type TwinEvent = z.output<typeof Event>;
export type Delegation = z.output<typeof Delegation>;
export type Report = z.output<typeof Report>;
export type ReportSection = z.output<typeof ReportSection>;
export type Metric = z.output<typeof Metric>;
export type Award = z.output<typeof Award>;
export type Plan = z.output<typeof Plan>;
export type Publisher = z.output<typeof Publisher>;
export type FeedHeader = z.output<typeof FeedHeader>;
export type Feed = z.output<typeof Feed>;
/** What an editor writes: defaulted fields may be left out. */
export type FeedInput = z.input<typeof Feed>;
export type Format = z.output<typeof Format>;
