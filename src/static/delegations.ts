/** Pre-rendered content of the element (see render.ts). Not written yet. */
import {h, type Html} from './html.js';
import type {StaticContext} from './render.js';

export function renderDelegations(ctx: StaticContext): Html {
  void ctx;
  return h``;
}
