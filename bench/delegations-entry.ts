/** bench/delegations.ts's page: the delegation list as it ships, and the shared loading steps it times apart. */
import '../src/delegation-list/define.js';
import {mergeFeeds} from '../src/core/merge.js';
import {validateFeed} from '../src/core/validate.js';

Object.assign(globalThis, {twinBench: {validateFeed, mergeFeeds}});
