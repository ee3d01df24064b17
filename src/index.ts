/**
 * Twinning Kit: classes, functions and types, with no side effects (nothing is registered). Import an
 * element's `define` module, or `twinning-kit.js`, to register elements.
 */
export type * from '../data-schema/schema.js';
export {SCHEMA_VERSION, SCHEMA_ID, LINK_SCHEMES, PARTIAL_DATE_PATTERN} from '../data-schema/constants.js';
export {validateFeed, validateFeedText, type ValidationResult} from './core/validate.js';
export {formatPath, formatProblem, type PathSegment} from './core/paths.js';
export type {Problem, ProblemCode} from './core/problems.js';
export {resolveText, allTexts, type ResolvedText} from './core/localized-text.js';
export {
  parsePartialDate,
  formatPartialDate,
  formatPartialRange,
  comparePartialDates,
  periodStart,
  periodEnd,
  type PartialDate,
  type Precision,
} from './core/partial-date.js';
export {countryName, formatNumber, formatPercent, firstDayOfWeek} from './core/format.js';
export {safeHref} from './core/links.js';
export {
  fetchFeedJson,
  clearFeedCache,
  parseJson,
  FeedError,
  type FeedErrorKind,
  type FetchOptions,
} from './core/load.js';
export {forPartner, involves, type TwinData, type EventItem, type DelegationItem, type FeedInfo} from './core/merge.js';
export {mergeFeeds} from './core/merge-feeds.js';
export {
  TwinLoadEvent,
  TwinErrorEvent,
  TwinSelectEvent,
  type TwinLoadDetail,
  type TwinErrorDetail,
  type TwinSelectDetail,
  type TwinSelectKind,
} from './core/events.js';
export {TwinElement, type Theme} from './core/twin-element.js';
export {defineElement} from './core/define.js';
export {UI_LOCALES, uiLocaleFor, type UiLocale} from './core/locale.js';
export {TwinEventCalendar} from './event-calendar/event-calendar.js';
export {toICalendar, escapeText, foldLine, type IcsOptions} from './event-calendar/ics.js';
export {TwinPartnerMap, type MapView} from './partner-map/partner-map.js';
export {
  buildPartners,
  distanceKm,
  bearing,
  compassPoint,
  type Partner,
  type Relation,
  type RelationStatus,
} from './partner-map/model.js';
export {TwinDelegationList} from './delegation-list/delegation-list.js';
export {toCsv, csvField} from './delegation-list/csv.js';
export {TwinReportSummary} from './report-summary/report-summary.js';
export {summarizeYear, eventsByYear, yearsOf, type YearSummary, type Bar} from './report-summary/model.js';
