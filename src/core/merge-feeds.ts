/**
 * Merging for scripts, the CLI and the feed checker: any number of validated feeds in one call, every
 * problem described (the elements load merge-several.ts only for a second feed, and describe problems
 * with the texts of the reader's language).
 */
import {mergeValidatedFeeds, type TwinData, type ValidatedFeed} from './merge.js';
import {SEVERAL} from './merge-several.js';
import {describeProblems} from './validate.js';

/** Merges one feed or several, in order; the first feed's publisher is the home city. */
export function mergeFeeds(inputs: ValidatedFeed[]): TwinData {
  const data = mergeValidatedFeeds(inputs, SEVERAL);
  describeProblems(data.problems.filter((p) => !p.message));
  return data;
}
