/**
 * What both basemap scripts (build-basemap.ts, the world map; build-basemap-detail.ts, its zoomed-in tiles)
 * take from the same source: the cities each must keep inside their own country, and a country's code.
 */
import countryCodes from 'i18n-iso-countries';

/** The cities of the bundled demo feed (data-schema/feeds/khabarovsk-2021.json), each of which must stay
 *  inside its own country; where test/node/basemap.test.ts names a city, with the test's coordinates (less
 *  than 1 km from the feed's). Shantou is not here: even at 1:10m its point falls just off the coastline. */
export const ANCHORS: ReadonlyArray<readonly [code: string, lon: number, lat: number, name: string]> = [
  ['RU', 135.0719, 48.4802, 'Khabarovsk'],
  ['JP', 139.0364, 37.9161, 'Niigata'],
  ['US', -122.6765, 45.5231, 'Portland'],
  ['CA', -123.3656, 48.4284, 'Victoria'],
  ['CN', 126.5349, 45.8038, 'Harbin'],
  ['KR', 126.766, 37.5034, 'Bucheon'],
  ['JP', 139.5661, 35.7178, 'Musashino'],
  ['KR', 129.0756, 35.1796, 'Busan'],
  ['KR', 126.9576, 35.9483, 'Iksan'],
  ['KP', 129.7758, 41.7956, 'Chongjin'],
  ['CN', 130.3186, 46.7996, 'Jiamusi'],
  ['CN', 134.294, 48.364, 'Fuyuan'],
  ['CN', 130.2979, 47.3499, 'Hegang'],
  ['CN', 122.1164, 37.5133, 'Weihai'],
  ['BY', 30.3314, 53.9168, 'Mogilev'],
  ['AM', 43.8465, 40.7942, 'Gyumri'],
  ['KR', 127.7298, 37.8813, 'Chuncheon'],
  ['JP', 141.3545, 43.0621, 'Sapporo'],
];
/** Codes for features that have no numeric ISO 3166-1 id. */
/** Countries the source gives no ISO numeric code, by name. */
const FALLBACK_CODES: Readonly<Record<string, string>> = {Kosovo: 'XK'};

/** A source country's ISO 3166-1 alpha-2 code, from its numeric id or its name; undefined when it has none. */
export const alpha2 = (id: string | number | undefined, name: string): string | undefined =>
  (id == null ? undefined : countryCodes.numericToAlpha2(id)) ?? FALLBACK_CODES[name];
