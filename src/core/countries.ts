/**
 * The ISO 3166-1 alpha-2 codes that are assigned to a country or territory, plus XK (Kosovo), the
 * user-assigned code in common use: a feed keeps a disputed territory's code as its owner states it.
 * One row per first letter, A to Z; bit n of a row (base 36) is set when the second letter is A + n.
 * A test checks this table against i18n-iso-countries.
 */
const ROWS =
  'sox2w ybdob 13fegd jznrk jo44 3abk dq22j 10t1c lq8o 153k wkgr4 cepl3 13ycxp kpks5 35s d1hpt 1 3accw 10rw7z o4s18 u4hmp mno5 5mao sg b8k0 2hzi9'.split(
    ' ',
  );

/** Whether a well-formed code (`JP`) is in use; `UK` and `XX` are not. */
export function isAssignedCountry(code: string): boolean {
  const row = ROWS[code.charCodeAt(0) - 65];
  return !!row && ((parseInt(row, 36) >> (code.charCodeAt(1) - 65)) & 1) === 1;
}

/** Codes people write for a country whose code is another: the one they mean. */
export const COUNTRY_SLIPS: Readonly<Record<string, string>> = {UK: 'GB', EL: 'GR'};
