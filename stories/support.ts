/** Helpers the stories share. */

/** Requests to /__hang__/ never answer, so the loading state stays on screen for the designer. */
export function hangingFetch(): void {
  const w = window as unknown as {__twinHang?: boolean};
  if (w.__twinHang) return;
  w.__twinHang = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => (String(input).includes('/__hang__/') ? new Promise(() => {}) : original(input, init));
}
