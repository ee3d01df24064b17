#!/usr/bin/env node
/**
 * Fails when a UI string lacks a translation: every trans-unit of every XLIFF file needs a non-empty
 * <target> whose placeholders match its <source>. Run after `lit-localize extract`, which adds new
 * strings to the XLIFF files without targets.
 */
import {readFileSync, readdirSync} from 'node:fs';

const dir = new URL('../xliff/', import.meta.url);
const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
let failures = 0;
const placeholders = (s) =>
  [...s.matchAll(/<x id="(\d+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

for (const locale of config.targetLocales) {
  const file = `${locale}.xlf`;
  if (!readdirSync(dir).includes(file)) {
    console.error(`xliff/${file}: missing (run npm run localize:extract)`);
    failures++;
    continue;
  }
  const xml = readFileSync(new URL(file, dir), 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  for (const [, id, body] of units) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined || target.trim() === '') {
      console.error(`xliff/${file}: "${id}" has no translation`);
      failures++;
    } else if (placeholders(source) !== placeholders(target)) {
      console.error(`xliff/${file}: "${id}" does not keep the placeholders of its source`);
      failures++;
    }
  }
  console.log(`xliff/${file}: ${units.length} strings`);
}
if (failures) {
  console.error(`${failures} translation problem(s).`);
  process.exit(1);
}
