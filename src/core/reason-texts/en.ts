/** Why a feed has a problem, in English. Each reason follows the JSON path and the quoted value. */
import {formatPath} from '../paths.js';
import type {ItemKind, JsonType} from '../reasons.js';
import {SCHEMA_MESSAGES} from '../../../data-schema/messages.js';
import type {ReasonTexts} from './say.js';

const TYPE: Record<JsonType, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};
const A: Record<ItemKind, string> = {
  city: 'a city',
  category: 'a category',
  event: 'an event',
  delegation: 'a delegation',
  report: 'a report',
  partnership: 'a partnership',
};

export const EN: ReasonTexts = {
  lang: 'en',
  then: '; ',
  required: () => 'is required',
  type: (r) => `must be ${TYPE[r.expected]}, not ${TYPE[r.got]}`,
  oneOf: (r) => (r.values.length === 1 ? `must be ${r.values[0]}` : `must be one of ${r.values.join(', ')}`),
  text: () => 'must be a non-empty text, or an object of language tags to non-empty texts',
  minItems: (r, s) => `must have at least ${s.plural(r.n, {one: '{n} item', other: '{n} items'})}`,
  maxItems: (r, s) => `must have at most ${s.plural(r.n, {one: '{n} item', other: '{n} items'})}`,
  minChars: (r, s) => `must have at least ${s.plural(r.n, {one: '{n} character', other: '{n} characters'})}`,
  maxChars: (r, s) => `must have at most ${s.plural(r.n, {one: '{n} character', other: '{n} characters'})}`,
  min: (r) => `must be at least ${r.n}`,
  max: (r) => `must be at most ${r.n}`,
  langKey: () => 'has a key that is not a language tag such as "ru", "en" or "zh-Hans"',
  invalid: () => 'is not valid here',
  schema: (r) => SCHEMA_MESSAGES[r.key],
  moreIssues: (r, s) =>
    s.plural(r.n, {one: 'and {n} more problem in this item', other: 'and {n} more problems in this item'}),
  notLink: (r, s) => `${s.reason(r.inner)}; it is not shown as a link`,

  notObject: (r) => `the feed must be a JSON object, not ${TYPE[r.got]}`,
  json: (r) => `is not valid JSON: the text breaks off or has a mistake at line ${r.line}, column ${r.column}`,
  tooDeep: (r) => `is nested deeper than ${r.max} levels; its content was dropped`,
  unsafeKey: () => 'is a key that is not allowed; it was dropped',
  newerVersion: (r) =>
    `is newer than this version of the kit understands (${r.supported}); read as version ${r.supported}`,
  citiesRequired: () => 'is required (a list of cities)',
  notArray: (r) => `must be an array, not ${TYPE[r.got]}; nothing in it was read`,

  duplicateId: (r) => `is used by an earlier ${r.kind} in this feed; this one was skipped`,
  unknownRef: (r) => `is not ${A[r.kind]} in this feed; the reference was dropped`,
  unknownPublisher: () => 'is not a city in this feed',
  unknownPartner: () => 'is not a city in this feed; the partnership was skipped',
  duplicateAcrossFeeds: (r) => `is also ${A[r.kind]} in an earlier feed; the first one is shown`,
  notHome: (r) => `does not involve "${r.home}", the home city, so it is left out`,
  idReused: (r) => `is also the id of ${A[r.kind]} (${formatPath(r.at)}); give each thing its own id`,

  endBeforeStart: (r) => `ends before it starts (${r.start}); the end is ignored`,
  untilBeforeSince: (r) => `is before the relationship began (${r.since}); this end date is ignored`,
  selfPartnership: () => 'is the publisher itself: a city is not its own partner; the partnership was skipped',
  duplicatePartnership: (r) =>
    `repeats the partnership at ${formatPath(r.at)} (the same partner, type and period); this one was skipped`,
  partyRepeated: () => 'is already a party of this partnership (the publisher or its city); it was dropped',
  unassignedCountry: (r) =>
    `is not an assigned ISO 3166-1 country code${r.suggest ? `; did you mean "${r.suggest}"?` : ''}`,
  futureDate: (r) =>
    `is far in the future for ${
      {
        since: 'a relationship that has already begun',
        until: 'a relationship that has ended or was suspended',
        award: 'an award already received',
        report: 'a report on a past year',
        updated: 'when the feed was last updated',
      }[r.what]
    }`,
  outsideReportYear: (r) => `is ${A[r.kind]} of ${r.itemYear}, outside this report's year (${r.year})`,
};

export default EN;
