/**
 * For the one-file CDN build: the four translations as lists of texts, without their message ids.
 * lit-localize generates each locale as `export const templates = {'map.label': `…`, …}`, and the CDN
 * build shortens the ids (scripts/msg-ids.mjs: `map.label` → `5x`, a key's place among the Russian
 * translation's keys, base 36). Each locale here keeps only its texts, in that order (`[`…`, , …]`: a
 * hole where it lacks one; a text whose id has no short one stays under its id), and a shared function gives them their short ids again when its module runs:
 * the same `templates` object, for lit-localize's `templates[id]`. 600 B gzip of the one file.
 * The npm build loads each locale on demand, on its own: its locale modules stay as generated.
 */
import {resolve, sep} from 'node:path';
import ts from 'typescript';
import {shortIds} from './msg-ids.mjs';

const DIR = resolve('src/generated/locales') + sep;
const VIRTUAL = 'virtual:twin-locale-texts';
const RESOLVED = `\0${VIRTUAL}`;

/** The `templates` object of a generated locale module: where it is, and its ids with each text's source. */
export function templatesOf(code, fileName = 'locale.ts') {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  let found;
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(file) === 'templates' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    )
      found = node.initializer;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  if (!found) throw new Error(`${fileName}: no \`templates\` object`);
  const entries = found.properties.map((p) => {
    if (!ts.isPropertyAssignment(p) || !(ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)))
      throw new Error(`${fileName}: an entry of \`templates\` that is not 'id': text`);
    return [p.name.text, p.initializer.getText(file)];
  });
  return {start: found.getStart(file), end: found.getEnd(), entries};
}

/**
 * A locale module with its texts listed in the order of `ids` (id → short id, as shortIds gives them); a
 * text whose id has no short one stays under its id.
 */
export function asTextList(code, ids, fileName) {
  const {start, end, entries} = templatesOf(code, fileName);
  const texts = new Map(entries);
  const list = [...ids.keys()].map((id) => texts.get(id) ?? '').join(',');
  const rest = entries.filter(([id]) => !ids.has(id)).map(([id, text]) => `${JSON.stringify(id)}: ${text}`);
  return `import {texts as __texts} from '${VIRTUAL}';\n${code.slice(0, start)}__texts([${list}], {${rest.join(',')}})${code.slice(end)}`;
}

export function localeKeysPlugin() {
  let ids;
  return {
    name: 'twinning-kit-locale-texts',
    enforce: 'pre',
    buildStart() {
      ids = shortIds();
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load: (id) =>
      id === RESOLVED
        ? `export const texts = (list, rest) => ({...Object.fromEntries(list.map((text, i) => [i.toString(36), text])), ...rest});\n`
        : null,
    transform(code, id) {
      if (!id.startsWith(DIR) || !id.endsWith('.ts')) return null;
      return {code: asTextList(code, ids, id), map: null};
    },
  };
}
