/** Feeds for the calendar tests. */
import type {FeedInput} from '../../data-schema/schema.js';

export const base = (): FeedInput => ({
  schemaVersion: 1,
  publisher: {city: 'khabarovsk', name: {ru: 'Администрация города Хабаровска', en: 'Khabarovsk City Administration'}},
  defaultLanguage: 'ru',
  timeZone: 'Asia/Vladivostok',
  cities: [
    {
      id: 'khabarovsk',
      name: {ru: 'Хабаровск', en: 'Khabarovsk', ja: 'ハバロフスク'},
      country: 'RU',
      coordinates: [135.0719, 48.4802],
    },
    {
      id: 'niigata',
      name: {ru: 'Ниигата', en: 'Niigata', ja: '新潟市'},
      country: 'JP',
      coordinates: [139.0364, 37.9161],
    },
    {
      id: 'harbin',
      name: {ru: 'Харбин', en: 'Harbin', 'zh-Hans': '哈尔滨'},
      country: 'CN',
      coordinates: [126.5349, 45.8038],
    },
    {id: 'bucheon', name: {ru: 'Пучон', en: 'Bucheon', ko: '부천'}, country: 'KR', coordinates: [126.766, 37.5034]},
  ],
  partnerships: [
    {city: 'niigata', type: 'sister'},
    {city: 'harbin', type: 'sister'},
    {city: 'bucheon', type: 'sister'},
  ],
  categories: [
    {id: 'culture', name: {ru: 'Культура', en: 'Culture'}},
    {id: 'sport', name: {ru: 'Спорт', en: 'Sport'}},
  ],
  events: [
    {
      id: 'jul15-a',
      title: {en: 'Photo exhibition', ru: 'Фотовыставка', ja: '写真展'},
      start: '2021-07-15',
      format: 'offline',
      categories: ['culture'],
      cities: ['khabarovsk', 'niigata'],
      place: {en: 'City museum', ru: 'Городской музей'},
      description: {en: 'Photographs of Niigata.\nFree entry.'},
      url: 'https://example.org/photo',
    },
    {
      id: 'jul15-b',
      title: {en: 'Football match', ru: 'Футбольный матч'},
      start: '2021-07-15',
      format: 'online',
      categories: ['sport'],
      cities: ['bucheon'],
    },
    {
      id: 'jul15-c',
      title: {en: 'Mayors talk', ru: 'Переговоры мэров'},
      start: '2021-07-15T10:00+10:00',
      format: 'online',
      cities: ['harbin'],
    },
    {
      id: 'jul15-d',
      title: {en: 'Concert', ru: 'Концерт'},
      start: '2021-07-15',
      format: 'hybrid',
      categories: ['culture'],
      cities: ['harbin'],
    },
    {
      id: 'span',
      title: {en: 'Youth camp', ru: 'Молодёжный лагерь'},
      start: '2021-07-20',
      end: '2021-07-23',
      format: 'offline',
      categories: ['sport'],
      cities: ['bucheon'],
    },
    {
      id: 'jul-month',
      title: {en: 'School meeting', ru: 'Встреча школьников'},
      start: '2021-07',
      format: 'online',
      categories: ['culture'],
      cities: ['niigata'],
    },
    {
      id: 'year-only',
      title: {en: 'E-sports league', ru: 'Киберспортивная лига'},
      start: '2021',
      categories: ['sport'],
      cities: ['harbin', 'bucheon'],
    },
    {
      id: 'aug',
      title: {en: 'Film week', ru: 'Неделя кино'},
      start: '2021-08-05',
      format: 'offline',
      categories: ['culture'],
      cities: ['niigata'],
    },
    {
      id: 'late-night',
      title: {en: 'Night talk, Vladivostok time', ru: 'Ночной разговор'},
      start: '2021-08-01T01:00+10:00',
      format: 'online',
      cities: ['niigata'],
    },
  ],
});

/**
 * A busy September 2021: a festival over two week rows, two three-day events that cross it, and on
 * 9 September an all-day event and two timed ones (7:15 and 19:15 in the feed's time zone).
 */
export const busy = (): FeedInput => {
  const feed = base();
  const at = (id: string, en: string, start: string, end?: string) => ({
    id,
    title: {en, ja: `${en}（日本語）`},
    start,
    ...(end ? {end} : {}),
    cities: ['niigata'],
  });
  feed.events = [
    ...feed.events!,
    at('fest', 'Autumn festival', '2021-09-06', '2021-09-14'),
    at('forum', 'Border forum', '2021-09-08', '2021-09-10'),
    at('expo', 'Trade expo', '2021-09-09', '2021-09-11'),
    at('tea', 'Tea ceremony', '2021-09-09'),
    at('call', 'Mayors call', '2021-09-09T07:15+10:00'),
    at('concert', 'Evening concert', '2021-09-09T19:15+10:00'),
    at('lecture', 'Lecture', '2021-09-16T19:15+10:00'),
    at('week', 'Sister-city week', '2021-09-17', '2021-09-23'),
  ];
  return feed;
};
