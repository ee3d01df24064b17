/**
 * Writes data-schema/feed.schema.json (JSON Schema 2020-12) from the zod schema, the single source of
 * truth. `--check` fails instead when the committed file is stale.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import * as z from 'zod/mini';
import {Feed, SCHEMA_ID, SCHEMA_VERSION} from '../data-schema/schema.js';

const target = new URL('../data-schema/feed.schema.json', import.meta.url);
const generated = z.toJSONSchema(Feed, {io: 'input', target: 'draft-2020-12'}) as Record<string, unknown>;
const {$schema, ...rest} = generated;
const schema = {
  $schema,
  $id: SCHEMA_ID,
  title: `Twinning Kit feed, version ${SCHEMA_VERSION}`,
  ...rest,
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('data-schema/feed.schema.json is stale: run `npm run schema` and commit the result.');
    process.exit(1);
  }
  console.log('data-schema/feed.schema.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote data-schema/feed.schema.json (${text.length} bytes)`);
}
