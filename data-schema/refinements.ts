/**
 * Checks the schema makes that a pattern cannot express. Named here so that the generated validator
 * (src/generated/feed-ir.ts) can refer to them by name.
 */

/** True when a YYYY-MM-DD part names a day that exists (no 31 April, no 29 February 2021). */
export function dayExists(value: string): boolean {
  if (value.length < 10) return true;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

export const REFINEMENTS = {dayExists} as const;
export type RefinementName = keyof typeof REFINEMENTS;
