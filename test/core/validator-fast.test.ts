import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {COLLECTIONS, FeedHeader} from '../../data-schema/schema.js';
import {FEED_IR} from '../../src/generated/feed-ir.js';
import {compile, FAIL} from '../../src/core/validator-fast.js';
import {
  compile as compileExplaining,
  FAIL as UNEXPLAINED_FAIL,
  type Issue,
} from '../../src/core/validator-explaining.js';
import type {IrNode} from '../../src/core/feed-ir.js';

const nodeFor = (name: string): IrNode => (name === 'FeedHeader' ? FEED_IR.header : FEED_IR.collections[name]!);
/** The verdicts and outputs of the page's validator and of the explainer, with the explainer's issues. */
function interpret(node: IrNode, value: unknown) {
  const issues: Issue[] = [];
  const explaining = compileExplaining(node, FEED_IR.defs);
  const explained = explaining(value, {path: [], issues});
  const out = explained === UNEXPLAINED_FAIL ? FAIL : explained;
  const quick = compile(node, FEED_IR.defs)(value);
  return {out, quick, issues};
}

/** Valid-looking values for the fields the schema knows, and everything else. */
const fieldValue = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '2021',
      '2021-07',
      '2021-02-29',
      '2021-07-15T10:00+10:00',
      'niigata',
      'online',
      'sister',
      'RU',
      'JP',
      'ru',
      'zh-Hans',
      'https://example.org/',
      'javascript:x',
      '',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.dictionary(
      fc.constantFrom('ru', 'en', 'ja', 'zh-Hans', 'x_y', '1'),
      fc.constantFrom('Хабаровск', '', 'Niigata'),
    ),
  },
  {weight: 2, arbitrary: fc.array(fc.constantFrom('niigata', 'harbin', 'bad id!', 'JP'), {maxLength: 3})},
  {
    weight: 1,
    arbitrary: fc.tuple(fc.double({min: -200, max: 200, noNaN: true}), fc.double({min: -100, max: 100, noNaN: true})),
  },
  {weight: 1, arbitrary: fc.integer({min: -5, max: 3000})},
  {weight: 1, arbitrary: fc.jsonValue({maxDepth: 2})},
);
const FIELDS = [
  'id',
  'title',
  'name',
  'start',
  'end',
  'format',
  'status',
  'categories',
  'cities',
  'countries',
  'country',
  'coordinates',
  'kind',
  'type',
  'since',
  'city',
  'direction',
  'purpose',
  'size',
  'url',
  'year',
  'sections',
  'metrics',
  'awards',
  'plans',
  'schemaVersion',
  'publisher',
  'defaultLanguage',
  'timeZone',
  'extra',
];
const edits = fc.array(fc.record({key: fc.constantFrom(...FIELDS), remove: fc.boolean(), value: fieldValue}), {
  maxLength: 3,
});

/** Real items from the built-in feed, each edited a little: mostly valid, often not. */
function mutated(bases: Record<string, unknown>[]) {
  return fc.tuple(fc.nat(bases.length - 1), edits).map(([i, changes]) => {
    const value: Record<string, unknown> = structuredClone(bases[i]!);
    for (const c of changes) {
      if (c.remove) delete value[c.key];
      else value[c.key] = c.value;
    }
    return value;
  });
}

describe('the generated validator (FEED_IR + interpreter)', () => {
  let feed: Record<string, unknown>;
  before(async () => {
    feed = await (await fetch('/data-schema/feeds/khabarovsk-2021.json')).json();
  });

  for (const [name, schema] of Object.entries({...COLLECTIONS, FeedHeader})) {
    it(`agrees with zod on ${name}: same verdict, same output, issues where zod has them (property)`, () => {
      const node = nodeFor(name);
      const bases =
        name === 'FeedHeader'
          ? [Object.fromEntries(Object.entries(feed).filter(([k]) => !(k in COLLECTIONS)))]
          : (feed[name] as Record<string, unknown>[]);
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(fc.oneof(mutated(bases), fc.jsonValue({maxDepth: 3})), (value) => {
          const viaZod = (
            schema as unknown as {
              safeParse: (v: unknown) => {success: boolean; data?: unknown; error?: {issues: Issue[]}};
            }
          ).safeParse(value);
          const {out, quick, issues} = interpret(node, value);
          expect(out !== FAIL, JSON.stringify(value)).to.equal(viaZod.success);
          expect(quick !== FAIL, "the page's validator agrees").to.equal(viaZod.success);
          if (viaZod.success) {
            accepted++;
            expect(out).to.deep.equal(viaZod.data);
            expect(quick).to.deep.equal(viaZod.data);
            expect(issues).to.deep.equal([]);
          } else {
            rejected++;
            expect(issues.length, 'a rejected value has issues').to.be.greaterThan(0);
            // Every issue points at a place zod also complains about (or inside it).
            const zodPaths = viaZod.error!.issues.map((i) => JSON.stringify(i.path));
            for (const issue of issues) {
              const p = issue.path;
              const within = zodPaths.some((z) => {
                const zp = JSON.parse(z) as unknown[];
                return zp.length <= p.length && zp.every((seg, k) => seg === p[k]);
              });
              expect(
                within,
                `${JSON.stringify(p)} not among ${zodPaths.join(' ')} for ${JSON.stringify(value)}`,
              ).to.equal(true);
            }
          }
        }),
        {numRuns: 1500},
      );
      expect(accepted, 'some generated items are valid').to.be.greaterThan(50);
      expect(rejected, 'some generated items are invalid').to.be.greaterThan(50);
    });
  }
});
