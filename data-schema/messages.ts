/**
 * The schema's own reasons, by key. zod reports these English texts; the generated validator that the
 * kit runs (src/generated/feed-ir.ts) carries only the keys, and the kit says each reason in the
 * reader's language (src/core/reason-texts/).
 */
export const SCHEMA_MESSAGES = {
  lang: 'must be a BCP 47 language tag such as "ru", "en" or "zh-Hans"',
  id: 'must be an id of letters, digits, ".", "_", ":" or "-" (at most 128 characters)',
  textEmpty: 'must not be empty',
  textLong: 'is longer than 20,000 characters',
  country: 'must be an ISO 3166-1 alpha-2 country code in capitals, such as "JP"',
  date: 'must be a date as precise as known: "2021", "2021-07", "2021-07-15" or a date-time with offset "2021-07-15T10:00+10:00"',
  day: 'names a day that does not exist in that month',
  dateOrUnknown: 'must be a date as precise as known ("1991", "1991-02", "1991-02-14") or "unknown"',
  link: 'must be an https:, http:, mailto: or tel: link',
  linkLong: 'is longer than 2,048 characters',
  citiesMin: 'must name at least one city',
  timeZone: 'must be an IANA time zone such as "Asia/Vladivostok"',
} as const;

export type SchemaMessageKey = keyof typeof SCHEMA_MESSAGES;

/** The key of a schema message (the generator writes keys, not texts). */
export function schemaMessageKey(text: string): SchemaMessageKey | undefined {
  return (Object.keys(SCHEMA_MESSAGES) as SchemaMessageKey[]).find((k) => SCHEMA_MESSAGES[k] === text);
}
