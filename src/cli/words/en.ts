/** The command line in English. */
import type {CliWords, OembedWords, RenderWords} from './types.js';

const USAGE = `Usage: twinning-kit validate FILE|URL [FILE|URL...] [--lang L] [--rich]
       twinning-kit ics FILE|URL [FILE|URL...] [--lang L] [--partner ID] [--year YYYY] [--precise-only] > events.ics
       twinning-kit import EVENTS.csv --into FEED.json [--lang L] > new-feed.json

validate  Checks Twinning Kit feeds against the feed schema (version 1) and for
          what does not make sense (an end before its start, a partnership
          of a city with itself, an unassigned country code...). Prints every
          problem with its JSON path, the value and the reason.
          Exit status: 0 when every feed is valid, 1 when any problem was found,
          2 when a feed could not be read.
          After each feed, how many of its events will show as events in
          search results (known to the day, with a place or online); --rich
          lists the others with the reason. That is no problem of the feed.
ics       Writes the events of the feeds (merged in order) as one iCalendar file
          (RFC 5545) to standard output, texts in --lang (default: the first
          feed's language), only those with --partner or in --year if given.
          Events known only by month or year are all-day spans of that month
          or year; --precise-only leaves them out (for Google or Outlook, where
          a month-long banner is noise).
          Problems go to standard error; invalid events are left out.
          Exit status: 0 when written, 1 when written but problems were found,
          2 when a feed could not be read or an option is wrong.
import    Adds the events of a spreadsheet export (CSV, comma or semicolon) to a
          feed and writes the result to standard output. Run it again on the
          updated spreadsheet: rows already in the feed are recognised, not
          added twice (ids come from each event's start and title).
          Header row (English or Russian, any order): title/Название, start/Начало,
          end/Окончание, format/Формат, categories/Категории, cities/Города,
          place/Место, description/Описание, url/Ссылка, id; title_en or
          "Название (ja)" for a text in another language. Dates: 2021, 07.2021,
          15.07.2021 or 2021-07-15. Cities and categories by id or by name.
          Rows it cannot read are listed by line on standard error, not added.
          Exit status: 0 when every row was added or already there, 1 when
          some were not, 2 when a file could not be read or an option is wrong.

--lang    The language of these messages (and, for ics, of the calendar's
          texts): en, ru, zh-Hans, ja or ko. Default: from LC_ALL, LC_MESSAGES
          or LANG.`;

const WORDS: Record<string, [string, string]> = {
  cities: ['city', 'cities'],
  partnerships: ['partnership', 'partnerships'],
  categories: ['category', 'categories'],
  events: ['event', 'events'],
  delegations: ['delegation', 'delegations'],
  reports: ['report', 'reports'],
};

const OEMBED_USAGE = `Usage: twinning-kit oembed --base URL --element E --src FEED --out DIR
         [--lang L] [--partner ID] [--view V] [--theme T] [--heading-level N]
         [--title TEXT] [--name NAME] [--kit URL]

oembed    Makes your site an oEmbed provider for one widget, with no server
          code: writes DIR/NAME.html (a page that shows the widget and names
          its oEmbed description), DIR/NAME.oembed.json (oEmbed 1.0, "rich":
          an iframe of the kit's embed.html) and .htaccess / _headers (the
          Access-Control-Allow-Origin: * header that WordPress's sandboxed
          iframe needs). Upload DIR to --base; then paste BASE/NAME.html into
          WordPress on a line of its own.
          --base     the http(s) address where DIR will be published
          --kit      where twinning-kit.js, embed.html and embed.js are
                     (default: --base)
          --element  event-calendar, partner-map, delegation-list or
                     report-summary
          --src      the feed: an http(s) address or a path on your site
          --name     the files' name (default: element-partner-lang)
          Exit status: 0 when written, 2 when an option is wrong or a file
          could not be written.`;

const OEMBED: OembedWords = {
  usage: OEMBED_USAGE,
  missing: (option) => `${option} is required (twinning-kit oembed --help)`,
  notHttp: (option, value) => `${option} "${value}": not an http(s) address`,
  badSrc: (value) => `--src "${value}": not an http(s) address or a path on the site`,
  badElement: (value) =>
    `--element "${value}": not a widget of the kit (event-calendar, partner-map, delegation-list, report-summary)`,
  badValue: (option, value, allowed) => `${option} "${value}": not a value it takes (${allowed})`,
  cannotWrite: (path, why) => `${path}: cannot write: ${why}`,
  written: ({files, paste, kit}) =>
    `Written:\n${files.map((f) => `  ${f}`).join('\n')}\nThe kit's files (twinning-kit.js, embed.html, embed.js) must be at ${kit}, and they and the feed served with Access-Control-Allow-Origin: *.\nPaste this address into WordPress, on a line of its own:\n  ${paste}`,
};

const RENDER_USAGE = `Usage: twinning-kit render FILE|URL [FILE|URL...] --element E [--lang L]
         [--partner ID] [--view V] [--year YYYY] [--heading-level N] > content.html
       twinning-kit render FILE|URL [FILE|URL...] --all --out DIR [--base URL]
         [--lang L,L...]

render    Writes one widget's content as plain HTML, to put inside the element
          on your page: readable without JavaScript and by search engines,
          taken over by the widget when it loads; the events known to the day
          as schema.org JSON-LD.
          --element  event-calendar, partner-map, delegation-list or
                     report-summary
          --lang     the readers' language (default: the first feed's)
          --partner  only what involves that partner city (a city id)
          --view     the calendar: list (every event), month or year (those
                     of the month or year where the calendar opens)
          --year     the calendar's and the report's year
          --heading-level  the level of the widget's first heading (1–6)
          --all      writes a folder instead: DIR/LANG/ELEMENT.html (the four
                     widgets' content), a page per event (DIR/LANG/events/)
                     and per partner city (DIR/LANG/partners/), DIR/index.html
                     and DIR/twinning-kit-static.css; --lang lists its
                     languages (default: en,ru,zh-Hans,ja,ko), --base is the
                     address DIR will have (for canonical links)
          Exit status: 0 when written, 1 when written but problems were found
          in a feed, 2 when a feed could not be read or an option is wrong.`;

const RENDER: RenderWords = {
  usage: RENDER_USAGE,
  missing: (option) => `${option} is required (twinning-kit render --help)`,
  notWith: (option, other) => `${option} does not go with ${other} (twinning-kit render --help)`,
  written: (files, dir, say) => `${say.plural(files, {one: '{n} file', other: '{n} files'})} written to ${dir}`,
  index: 'Content without JavaScript',
  elements: {
    'event-calendar': 'Event calendar',
    'partner-map': 'Partner cities',
    'delegation-list': 'Delegations',
    'report-summary': 'Annual report',
  },
  events: 'Events',
  partners: 'Partner cities',
  allPages: 'All pages',
};

export const EN_CLI: CliWords = {
  lang: 'en',
  usage: `${USAGE}\n\n${OEMBED_USAGE}`,
  rich: (file, p, say) =>
    `${file}: ${say.n(p.rich)} of ${say.plural(p.events, {one: '{n} event', other: '{n} events'})} will show as events in search results`,
  noRich: (reason) =>
    reason === 'month'
      ? 'known only to the month: give the day to show it as an event in search results'
      : reason === 'year'
        ? 'known only to the year: give the month and the day to show it as an event in search results'
        : 'no place: give "place" or "placeCity", or "format": "online", to show it as an event in search results',
  separator: ', ',
  count: (what, n, say) => say.plural(n, {one: `{n} ${WORDS[what]![0]}`, other: `{n} ${WORDS[what]![1]}`}),
  valid: (file, counts) => `${file}: valid: ${counts}`,
  notUsable: 'not a usable feed',
  cannotRead: (file, why) => `${file}: cannot read: ${why}`,
  readFailure: (r) => {
    switch (r.id) {
      case 'notFound':
        return 'there is no such file';
      case 'denied':
        return 'permission denied';
      case 'folder':
        return 'it is a folder, not a file';
      case 'http':
        return `the server answered ${r.status}`;
      case 'tooLarge':
        return `the feed is larger than ${r.mb} MB`;
      case 'timeout':
        return `no answer within ${r.seconds} s`;
      case 'network':
        return 'the address could not be reached';
      case 'other':
        return r.detail;
    }
  },
  error: 'error',
  warning: 'warning',
  found: (file, p, say) =>
    `${file}: ${say.plural(p.problems, {one: '{n} problem', other: '{n} problems'})} (${say.plural(p.errors, {one: '{n} error', other: '{n} errors'})}, ${say.plural(p.warnings, {one: '{n} warning', other: '{n} warnings'})}); ${say.plural(p.skipped, {one: '{n} item skipped', other: '{n} items skipped'})}; usable: ${p.usable}`,
  wrongOption: (option) => `unknown or empty option ${option}`,
  noSuchPartner: (id) => `--partner ${id}: no such city in the feeds`,
  written: (events, left, imprecise, say) =>
    [
      say.plural(events, {one: '{n} event written', other: '{n} events written'}),
      left ? say.plural(left, {one: '{n} invalid item left out', other: '{n} invalid items left out'}) : '',
      imprecise
        ? say.plural(imprecise, {
            one: '{n} event known only by month or year left out',
            other: '{n} events known only by month or year left out',
          })
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  notUsableToImportInto: (file) => `${file}: not a usable feed to import into`,
  rowNotImported: (reasons) => `not imported: ${reasons.join('; ')}`,
  rowReason: (r) => {
    switch (r.id) {
      case 'emptyFile':
        return 'the file is empty';
      case 'unknownColumn':
        return `column "${r.name}" is not one the import knows; it was not read`;
      case 'missingColumn':
        return `the header has no "${r.name}" column`;
      case 'badDate':
        return `${r.field} "${r.value}" is not a date such as 2021, 07.2021 or 15.07.2021`;
      case 'badFormat':
        return `format "${r.value}" is not online, offline (очно) or hybrid (очно-заочно)`;
      case 'unknownCity':
        return `city "${r.value}" is not in the feed`;
      case 'unknownCategory':
        return `category "${r.value}" is not in the feed`;
      case 'noTitle':
        return 'it has no title';
      case 'noStart':
        return 'it has no start date';
      case 'idTaken':
        return `the id "${r.value}" is already in the feed for another event`;
      case 'repeatedRow':
        return `it repeats line ${r.line}`;
    }
  },
  rowKnown: (id) => `already in the feed as "${id}"; left as it is`,
  imported: (p, say) =>
    [
      say.plural(p.added, {one: '{n} event added', other: '{n} events added'}),
      p.known ? say.plural(p.known, {one: '{n} already in the feed', other: '{n} already in the feed'}) : '',
      say.plural(p.refused, {one: '{n} row not imported', other: '{n} rows not imported'}),
    ]
      .filter(Boolean)
      .join('; '),
  oembed: OEMBED,
  render: RENDER,
};

export default EN_CLI;
