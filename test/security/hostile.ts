/**
 * Hostile feeds for the security suite: fast-check arbitraries that put markup, event-handler
 * attributes, script links, bidi overrides, huge strings, deep nesting, prototype keys, wrong types and
 * duplicate ids everywhere a feed has a value, and an inspector that walks every shadow root looking for
 * what must never be there. Every payload that could run calls `__pwned()`, which counts.
 */
import fc from 'fast-check';

declare global {
  interface Window {
    __pwned?: (() => void) | undefined;
    __pwnedCount?: number;
  }
}

/** Counts any payload that runs: markup turned into DOM, a handler attribute, a followed script link. */
export function armTripwire(): () => number {
  window.__pwnedCount = 0;
  window.__pwned = () => void (window.__pwnedCount = (window.__pwnedCount ?? 0) + 1);
  return () => window.__pwnedCount ?? 0;
}

export const MARKUP = [
  '<img src=x onerror="__pwned()">',
  '<script>__pwned()</script>',
  '"><svg/onload=__pwned()>',
  '\'><iframe src="javascript:__pwned()"></iframe>',
  '<a href="javascript:__pwned()">click</a>',
  '<details open ontoggle=__pwned()>',
  '<style>*{display:none!important}</style>',
  '</textarea></title></style><script>__pwned()</script>',
  '<!--?lit$123456$--><!--?lit$123456$-->',
  '${__pwned()}',
  '{{constructor.constructor("__pwned()")()}}',
  '<math><mi xlink:href="javascript:__pwned()">x</mi></math>',
  '<object data="javascript:__pwned()"></object>',
  '<form><button formaction="javascript:__pwned()">x</button></form>',
  '&lt;b&gt;&amp;&#x3C;script&#x3E;',
];
export const BIDI = [
  '\u202Egnp.exe',
  '\u202D\u202E\u2066\u2067\u2068\u2069',
  '\u200B\u200C\u200D\uFEFF',
  '\u061C\u200E\u200F',
  'A\u0301\u0301\u0301\u0301\u0301',
];
export const LINKS = [
  'javascript:__pwned()',
  ' JaVaScRiPt:__pwned()',
  'java\tscript:__pwned()',
  'java\nscript:__pwned()',
  '\u0000javascript:__pwned()',
  'javascript&colon;__pwned()',
  'data:text/html,<script>__pwned()</script>',
  'data:image/svg+xml,<svg onload=__pwned()>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'https://ok.example/\u202Egnp.exe',
  'https://ok.example/"onmouseover="__pwned()',
  'blob:https://ok.example/1',
  'https://ok.example/fine',
  'mailto:intl@example.org',
  'tel:+74212000000',
];
/** One string of a megabyte, with a payload at its end: over any text's limit, so where it is a text its item is skipped. */
export const HUGE = `${'Ж'.repeat(1 << 19)}${'A'.repeat(1 << 19)}<img src=x onerror=__pwned()>`;
/** The longest text the schema accepts (20,000 characters), with a payload at its end: it renders. */
const LONG = `${'Ж'.repeat(19_960)}<img src=x onerror=__pwned()>`;

const hostileStringOf = (huge: boolean) =>
  fc.oneof(
    {weight: 6, arbitrary: fc.constantFrom(...MARKUP)},
    {weight: 2, arbitrary: fc.constantFrom(...BIDI)},
    {weight: 2, arbitrary: fc.constantFrom(...LINKS)},
    {weight: 3, arbitrary: fc.string({maxLength: 40})},
    {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 20})},
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...MARKUP), fc.constantFrom(...BIDI), fc.string({maxLength: 8}))
        .map((p) => p.join('')),
    },
    {weight: huge ? 1 : 0, arbitrary: fc.constant(LONG)},
    {weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n\n')},
  );

/** Anything JSON can hold, in the wrong place. */
const wrongType = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, 3.5, [], {}, [[[]]], {'': ''}),
  fc.jsonValue({maxDepth: 2}),
);

const LANG_KEYS = [
  'ru',
  'en',
  'ja',
  'ko',
  'zh-Hans',
  'zh',
  'en-GB',
  '__proto__',
  'constructor',
  'x bad tag',
  '',
  '<b>',
];

/** A small pool of ids, so that duplicates and references that point at something are frequent. */
const IDS = ['home', 'a', 'b', 'c', 'niigata', '__proto__', 'constructor', 'toString', '<script>', 'a b', ''];

/** Deep nesting: an object `depth` levels down. */
function deep(depth: number): unknown {
  let v: unknown = '<script>__pwned()</script>';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : {x: v};
  return v;
}

/** Extra fields an item may carry: unknown keys are kept, so they must be harmless too. */
const extras = fc.record(
  {
    deep: fc.constantFrom(deep(10), deep(60), deep(200)),
    onclick: fc.constant('__pwned()'),
    innerHTML: fc.constantFrom(...MARKUP),
    style: fc.constant('background:url(javascript:__pwned())'),
    href: fc.constantFrom(...LINKS),
  },
  {requiredKeys: []},
);

/** Adds own, enumerable `__proto__` / `constructor` keys, as `JSON.parse` makes them. */
function withPrototypeKeys<T extends object>(value: T, poison: boolean): T {
  if (!poison) return value;
  Object.defineProperty(value, '__proto__', {
    value: {polluted: '<img src=x onerror=__pwned()>', isAdmin: true},
    enumerable: true,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(value, 'constructor', {
    value: {prototype: {polluted: true}},
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return value;
}

/**
 * An item: the fields in `required` are always there (so that many items validate and their hostile
 * texts reach the screen), the others come and go; unknown extras and prototype keys ride along.
 */
const item = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, required: Array<keyof T & string> = []) =>
  fc
    .tuple(fc.record(fields, {requiredKeys: required}), extras, fc.boolean())
    .map(([f, x, poison]) => withPrototypeKeys({...f, ...x}, poison));

/** Ids the schema accepts, and a few it does not. */
const GOOD_IDS = [
  'home',
  'niigata',
  'a',
  'b',
  'c',
  'e1',
  'e2',
  'e3',
  'e4',
  'e5',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** The feed's parts, with `hostileString` wherever a text can go. */
function parts(hostileString: fc.Arbitrary<string>) {
  /**
   * A value where the schema wants `good`: mostly good (hostile in content), now and then of the wrong
   * kind. An item has a dozen such fields: a higher rate would leave hardly an item valid to render.
   */
  const maybe = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
    fc.oneof({weight: 24, arbitrary: good}, {weight: 1, arbitrary: hostileString}, {weight: 1, arbitrary: wrongType});
  /** For a required field: almost always of the right kind, so that the item's other values get shown. */
  const mostly = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
    fc.oneof({weight: 40, arbitrary: good}, {weight: 1, arbitrary: hostileString}, {weight: 1, arbitrary: wrongType});

  const text = hostileString.filter((t) => t.trim() !== '');
  const langMap = fc.dictionary(fc.constantFrom('ru', 'en', 'ja', 'ko', 'zh-Hans', 'zh', 'en-GB'), text, {
    minKeys: 1,
    maxKeys: 4,
  });
  /** A text a person reads: hostile content in a valid shape, mostly; sometimes a broken shape. */
  const localized = fc.oneof(
    {weight: 12, arbitrary: text},
    {weight: 8, arbitrary: langMap},
    {weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...LANG_KEYS), hostileString, {maxKeys: 4})},
    {weight: 1, arbitrary: wrongType},
  );

  const id = fc.oneof(
    {weight: 30, arbitrary: fc.constantFrom(...GOOD_IDS)},
    {weight: 2, arbitrary: fc.constantFrom(...IDS)},
    {weight: 1, arbitrary: hostileString},
  );
  const ids = fc.array(id, {maxLength: 4});
  const goodDate = fc.constantFrom(
    '2021',
    '2021-07',
    '2021-07-15',
    '2021-07-15T10:00+10:00',
    '2021-07-01',
    '2021-06-30',
    '2021-12',
    '2022-01-09T23:30-08:00',
  );
  const date = fc.oneof(
    {weight: 24, arbitrary: goodDate},
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '2022-02-29',
        '2021-13',
        '2021-07-32',
        '0000',
        '9999-12-31T23:59:59.999Z',
        '20210715',
        'июль',
        '2021-07-15T25:00+10:00',
      ),
    },
    {weight: 1, arbitrary: hostileString},
  );
  const link = maybe(fc.constantFrom(...LINKS));
  const coordinates = mostly(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc.tuple(fc.double({min: -180, max: 180, noNaN: true}), fc.double({min: -90, max: 90, noNaN: true})),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom([200, 10], [0, -100], [180, 90], [-180, -90], [0], [1, 2, 3], [135.07, 48.48]),
      },
    ),
  );
  const country = mostly(fc.constantFrom('RU', 'JP', 'US', 'CN', 'KR', 'KP', 'BY', 'AM', 'XX', 'ru', 'RUS'));

  const city = item(
    {
      id,
      name: localized,
      country,
      coordinates,
      kind: maybe(fc.constantFrom('city', 'region', 'prefecture', 'organization')),
      region: localized,
      url: link,
    },
    ['id', 'name', 'country', 'coordinates'],
  );
  const partnership = item(
    {
      city: id,
      type: mostly(fc.constantFrom('sister', 'friendly', 'other')),
      status: maybe(fc.constantFrom('active', 'suspended', 'ended', 'planned')),
      since: date,
      until: date,
      note: localized,
      url: link,
    },
    ['city', 'type'],
  );
  const category = item({id, name: localized, description: localized}, ['id', 'name']);
  const event = item(
    {
      id,
      title: localized,
      description: localized,
      start: date,
      end: date,
      format: maybe(fc.constantFrom('online', 'offline', 'hybrid')),
      status: maybe(fc.constantFrom('scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online')),
      categories: maybe(ids),
      cities: maybe(ids),
      countries: maybe(fc.array(country, {maxLength: 3})),
      place: localized,
      placeCity: id,
      organizer: localized,
      url: link,
      links: maybe(fc.array(fc.record({url: link, label: localized}, {requiredKeys: ['url']}), {maxLength: 3})),
    },
    ['id', 'title', 'start'],
  );
  const delegation = item(
    {
      id,
      direction: mostly(fc.constantFrom('incoming', 'outgoing')),
      kind: maybe(fc.constantFrom('delegation', 'meeting')),
      cities: mostly(fc.array(id, {minLength: 1, maxLength: 3})),
      start: date,
      end: date,
      format: maybe(fc.constantFrom('online', 'offline', 'hybrid')),
      title: localized,
      purpose: localized,
      head: localized,
      participants: localized,
      size: maybe(fc.integer({min: -5, max: 10_000})),
      outcome: localized,
      events: maybe(ids),
      url: link,
    },
    ['id', 'direction', 'cities', 'start', 'purpose'],
  );
  const report = item(
    {
      id,
      year: mostly(fc.constantFrom(2020, 2021, 2022, 999, 10_000)),
      title: localized,
      summary: localized,
      sections: maybe(
        fc.array(
          item(
            {
              id,
              title: localized,
              summary: localized,
              events: maybe(ids),
              delegations: maybe(ids),
              items: maybe(fc.array(localized, {maxLength: 3})),
            },
            ['id', 'title'],
          ),
          {maxLength: 3},
        ),
      ),
      metrics: maybe(
        fc.array(
          item({id, label: localized, value: mostly(fc.double({noNaN: true})), unit: localized, note: localized}, [
            'id',
            'label',
            'value',
          ]),
          {maxLength: 3},
        ),
      ),
      awards: maybe(
        fc.array(
          item(
            {
              id,
              title: localized,
              competition: localized,
              result: localized,
              project: localized,
              date,
              level: maybe(fc.constantFrom('municipal', 'international')),
              events: maybe(ids),
              url: link,
            },
            ['id', 'title', 'competition', 'date'],
          ),
          {maxLength: 3},
        ),
      ),
      plans: maybe(
        fc.array(
          item({id, kind: maybe(fc.constantFrom('direction', 'event')), text: localized, cities: maybe(ids)}, [
            'id',
            'text',
          ]),
          {maxLength: 3},
        ),
      ),
      source: maybe(fc.record({title: localized, url: link}, {requiredKeys: ['title']})),
    },
    ['id', 'year'],
  );
  return {maybe, text, localized, id, city, partnership, category, event, delegation, report};
}

/** A home city that always validates, so that most feeds get past the header and their items render. */
const HOME = {id: 'home', name: {ru: 'Хабаровск', en: 'Khabarovsk'}, country: 'RU', coordinates: [135.07, 48.48]};
const NIIGATA = {id: 'niigata', name: {ja: '新潟市', en: 'Niigata'}, country: 'JP', coordinates: [139.04, 37.92]};

export interface HostileOptions {
  /** Most items per collection. */
  maxItems?: number;
  /** At least this many events and delegations (the "thousands of items" runs). */
  bulk?: number;
}

/** A feed object as `JSON.parse` would make it from hostile JSON text. */
export function hostileFeed({maxItems = 12, bulk = 0}: HostileOptions = {}): fc.Arbitrary<unknown> {
  // With thousands of items, no 20,000-character texts: the feed would be far over any real one.
  const hostileString = hostileStringOf(!bulk);
  const {maybe, text, localized, id, city, partnership, category, event, delegation, report} = parts(hostileString);
  const list = <T>(a: fc.Arbitrary<T>) =>
    fc.oneof(
      {weight: 20, arbitrary: fc.array(a, {maxLength: maxItems, size: 'medium'})},
      {weight: 1, arbitrary: maybe(fc.array(a))},
    );
  const many = <T>(a: fc.Arbitrary<T>) => (bulk ? fc.array(a, {minLength: bulk, maxLength: bulk + 500}) : list(a));
  return fc
    .record({
      // The header is what makes a feed usable at all: mostly valid (hostile in content), so that the
      // items behind it render; now and then broken, for the error state.
      schemaVersion: fc.oneof(
        {weight: 30, arbitrary: fc.constant(1)},
        {weight: 1, arbitrary: fc.constantFrom(2, 0, '1', 1.5)},
      ),
      publisher: fc.oneof(
        {weight: 30, arbitrary: fc.record({city: fc.constant('home'), name: text})},
        {weight: 1, arbitrary: maybe(fc.record({city: id, name: localized}))},
      ),
      defaultLanguage: fc.oneof(
        {weight: 30, arbitrary: fc.constantFrom('ru', 'en', 'ja', 'zh-Hans', 'ko', 'de')},
        {weight: 1, arbitrary: hostileString},
      ),
      timeZone: fc.oneof(
        {
          weight: 30,
          arbitrary: fc.constantFrom('Asia/Vladivostok', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'),
        },
        {weight: 1, arbitrary: fc.constantFrom('Not/AZone', '+25:00', '')},
      ),
      title: fc.option(text, {nil: undefined}),
      cities: fc.array(city, {maxLength: maxItems}).map((cs) => [HOME, NIIGATA, ...cs]),
      // One partnership with a valid partner always, so that most maps have something to draw.
      partnerships: list(partnership).map((ps) =>
        Array.isArray(ps) ? [{city: 'niigata', type: 'sister'}, ...ps] : ps,
      ),
      categories: list(category),
      events: many(event),
      delegations: many(delegation),
      reports: list(report),
      poison: fc.boolean(),
      huge: bulk ? fc.constant(false) : fc.boolean(),
    })
    .map(({poison, huge, ...feed}) => {
      // A megabyte in a feed: as an unknown field of an event (kept, never shown) and as a text (its item skipped).
      if (huge && Array.isArray(feed.events) && feed.events.length > 1) {
        const [first, second] = feed.events as Array<Record<string, unknown>>;
        if (first && typeof first === 'object') first['notes'] = HUGE;
        if (second && typeof second === 'object') second['description'] = HUGE;
      }
      // Through JSON text and back, as a feed arrives: `__proto__` keys become own properties.
      const text = JSON.stringify(withPrototypeKeys(feed, poison));
      return JSON.parse(text) as unknown;
    });
}

export interface Finding {
  what: string;
  where: string;
}

const SAFE_URL = /^(https?:|mailto:|tel:)/i;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'data',
  'srcdoc',
  'background',
  'ping',
];
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'form',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'math',
  'portal',
]);

/** Everything in `root` and in every shadow root below it that must never come from a feed. */
export function inspect(root: Element | ShadowRoot, where = 'page'): Finding[] {
  const found: Finding[] = [];
  const walk = (node: Element | ShadowRoot, path: string) => {
    for (const el of node.querySelectorAll('*')) {
      const tag = el.localName;
      const here = `${path} ${tag}`;
      // The kit's own SVG <image> or <link> would be a finding too: it uses neither.
      // The page's own inline feed (a JSON data block in the element's light DOM) never runs; nor does the
      // calendar's JSON-LD for search engines (`data-twin-ld`, in its light DOM), which must be one JSON
      // text that no feed text has cut short, with no address to load.
      const type = tag === 'script' && !(node instanceof ShadowRoot) ? (el as HTMLScriptElement).type : '';
      const jsonLd = type === 'application/ld+json' && el.hasAttribute('data-twin-ld') && !el.hasAttribute('src');
      if (jsonLd) {
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          found.push({what: 'JSON-LD that does not parse', where: here});
        }
      }
      const dataBlock = type === 'application/json' || jsonLd;
      if (FORBIDDEN_TAGS.has(tag) && !dataBlock) found.push({what: `<${tag}> element`, where: here});
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (/^on/i.test(attr)) found.push({what: `handler attribute ${attr}="${value.slice(0, 60)}"`, where: here});
        if (URL_ATTRIBUTES.includes(attr.toLowerCase())) {
          const v = value.trim();
          const fragment = v.startsWith('#');
          if (v && !fragment && !SAFE_URL.test(v))
            found.push({what: `unsafe ${attr}="${v.slice(0, 60)}"`, where: here});
          // A safe scheme must not hide a control or bidi character that disguises where it goes.
          // eslint-disable-next-line no-control-regex
          if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value))
            found.push({what: `disguised ${attr}`, where: here});
        }
        if (attr === 'style' && /url\s*\(|expression\s*\(|javascript:/i.test(value))
          found.push({what: `style with a URL: ${value.slice(0, 60)}`, where: here});
      }
      // A link that opens a new tab must not hand that tab a way back to this page (reverse tabnabbing).
      if (el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? ''))
        found.push({what: 'target=_blank without noopener', where: here});
      if (el.shadowRoot) walk(el.shadowRoot, `${here}::shadow`);
    }
  };
  walk(root, where);
  return found;
}

/** Records uncaught errors and rejections while `run` runs (and a beat after, for what it left queued). */
export async function catchingUncaught<T>(run: () => Promise<T>): Promise<{value: T; uncaught: string[]}> {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const value = await run();
    await new Promise((r) => setTimeout(r, 0));
    return {value, uncaught};
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}
