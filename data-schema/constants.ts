/** Constants of the feed format, importable without zod (the browser bundle does not ship zod). */
export const SCHEMA_VERSION = 1;
export const SCHEMA_ID = 'https://twinning-kit.org/schema/feed-1.json';
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** Years 1000 to 9999: a year before 1000 is a typing slip ("0021"), and dates are computed as four-digit years. */
const YEAR = '[1-9]\\d{3}';
const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12]\\d|3[01])';
const TIME = '([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?';
const OFFSET = '(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)';
/** `2021`, `2021-07`, `2021-07-15`, `2021-07-15T10:00+10:00`. */
export const PARTIAL_DATE_PATTERN = `^${YEAR}(-${MONTH}(-${DAY}(T${TIME}${OFFSET})?)?)?$`;
