/**
 * bench/delegations.ts's page: the delegation list as it ships, and a count of the time the element
 * spends in its own updates (Lit's performUpdate: willUpdate, render, commit, updated), so that a first
 * render splits into the list's own work and the rest (validation, merge) within the same run.
 */
import '../src/delegation-list/define.js';

const twinBench = {updateMs: 0};
const proto = customElements.get('twin-delegation-list')!.prototype as unknown as {performUpdate(): void};
const performUpdate = proto.performUpdate;
proto.performUpdate = function (this: unknown) {
  const t = performance.now();
  try {
    return performUpdate.call(this);
  } finally {
    twinBench.updateMs += performance.now() - t;
  }
};
Object.assign(globalThis, {twinBench});
