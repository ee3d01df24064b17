/**
 * What the React page (demo/react.html) and the Vue page (demo/vue.html) share: the choices their own
 * selects offer and how they name what a `twin-select` event chose. Plain functions, no framework, so
 * that `tsc` and eslint check them (the Vue single-file component itself is not type-checked here).
 */
import type {LocalizedText} from '../../data-schema/schema.js';
import type {TwinSelectDetail} from '../../src/core/events.js';
import {resolveText} from '../../src/core/localized-text.js';
import type {TwinData} from '../../src/core/merge.js';

export const LANGUAGES = [
  {tag: 'en', label: 'English'},
  {tag: 'ru', label: 'Русский'},
  {tag: 'ja', label: '日本語'},
  {tag: 'zh-Hans', label: '中文'},
  {tag: 'ko', label: '한국어'},
] as const;
export type Language = (typeof LANGUAGES)[number]['tag'];

export const CALENDAR_VIEWS = [
  {value: 'month', label: 'Month'},
  {value: 'list', label: 'List'},
  {value: 'year', label: 'Year'},
] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number]['value'];

/** The little of a feed the pages read themselves (an imported feed JSON fits it). */
export interface FeedOutline {
  readonly cities: ReadonlyArray<{readonly id: string; readonly name: LocalizedText}>;
  readonly partnerships: ReadonlyArray<{readonly city: string; readonly type: string}>;
}

export interface PartnerOption {
  readonly id: string;
  readonly label: string;
}

/** The feed's partner cities, sister cities first, each group by English name. */
export function partnerOptions(feed: FeedOutline): PartnerOption[] {
  const names = new Map(feed.cities.map((c) => [c.id, resolveText(c.name, 'en')?.text ?? c.id]));
  const rank = (type: string) => (type === 'sister' ? 0 : type === 'friendly' ? 1 : 2);
  return [...feed.partnerships]
    .sort(
      (a, b) =>
        rank(a.type) - rank(b.type) || (names.get(a.city) ?? a.city).localeCompare(names.get(b.city) ?? b.city, 'en'),
    )
    .map((p) => ({
      id: p.city,
      label: `${names.get(p.city) ?? p.city} (${p.type === 'sister' ? 'sister city' : p.type === 'friendly' ? 'friendly city' : 'partner'})`,
    }));
}

/** "event", "city"... and, when the loaded data knows the item, its English name. */
export function describeSelection(
  detail: TwinSelectDetail,
  data: TwinData | undefined,
): {kind: string; id: string; name: string} {
  let text: LocalizedText | undefined;
  if (data) {
    if (detail.kind === 'event') text = data.events.find((e) => e.id === detail.id)?.title;
    else if (detail.kind === 'city') text = data.cityById.get(detail.id)?.name;
    else if (detail.kind === 'delegation') text = data.delegations.find((d) => d.id === detail.id)?.title;
  }
  return {kind: detail.kind, id: detail.id, name: resolveText(text, 'en', data?.defaultLanguage)?.text ?? ''};
}
