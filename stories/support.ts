/** Helpers the stories share. */

/** Requests to /__hang__/ never answer, so the loading state stays on screen for the designer. */
export function hangingFetch(): void {
  const w = window as unknown as {__twinHang?: boolean};
  if (w.__twinHang) return;
  w.__twinHang = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input).includes('/__hang__/') ? new Promise(() => {}) : original(input, init);
}

/** A valid feed with the home city and nothing else: the stories' "empty" states start from it. */
export const HOME_ONLY = {
  schemaVersion: 1,
  publisher: {city: 'khabarovsk', name: 'Хабаровск'},
  defaultLanguage: 'ru',
  timeZone: 'Asia/Vladivostok',
  cities: [
    {
      id: 'khabarovsk',
      name: {ru: 'Хабаровск', en: 'Khabarovsk'},
      country: 'RU',
      coordinates: [135.07, 48.48] as [number, number],
    },
  ],
};
