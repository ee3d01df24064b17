import {syntheticFeed} from '../data-schema/fixtures/generate.js';
import {validateFeed} from '../src/core/validate.js';
import {mergeFeeds} from '../src/core/merge.js';
import {buildRows, sortRows} from '../src/delegation-list/model.js';
const feed = syntheticFeed({events: 0, delegations: 100000, years: 5});
let t = performance.now();
const v = validateFeed(feed);
console.log('validate', (performance.now() - t).toFixed(0));
t = performance.now();
const data = mergeFeeds([{source: 'x', feed: v.feed!, problems: v.problems, skipped: v.skipped}]);
console.log('merge', (performance.now() - t).toFixed(0));
t = performance.now(); const rows = buildRows(data); console.log('rows', (performance.now() - t).toFixed(0));
for (let i = 0; i < 3; i++) { t = performance.now(); sortRows(rows, 'date', i % 2 === 1, () => '', () => '', 'en'); console.log('sort', (performance.now() - t).toFixed(0)); }
console.log(rows.slice(0, 3).map((r) => r.at));
