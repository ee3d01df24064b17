import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {placeLabels, type LabelItem, type Rect} from '../../src/partner-map/label-layout.js';

const overlaps = (a: Rect, b: Rect): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The rule as stated, every box against every box: what the indexed placement must agree with. */
function reference(items: readonly LabelItem[], width: number, height: number, blocked: readonly Rect[]) {
  const taken: Rect[] = [...blocked];
  return items.map(({box: [l, t, r, b], w, h}, i) => {
    if (!w) return undefined;
    const cx = (l + r) / 2 - w / 2;
    const cy = (t + b) / 2 - h / 2;
    const q = (b - t) * 0.2;
    for (const [x, y] of [
      [r + 3, cy],
      [l - 3 - w, cy],
      [cx, t - 3 - h],
      [cx, b + 3],
      [r - q, t + q - h],
      [l + q - w, t + q - h],
      [r - q, b - q],
      [l + q - w, b - q],
    ] as const) {
      const box: Rect = [x, y, x + w, y + h];
      if (x < 0 || y < 0 || x + w > width || y + h > height) continue;
      if (taken.some((o) => overlaps(o, box)) || items.some((m, j) => j !== i && overlaps(m.box, box))) continue;
      taken.push(box);
      return box;
    }
    return undefined;
  });
}

const item = (width: number, height: number) =>
  fc
    .record({
      x: fc.double({min: -200, max: width + 200, noNaN: true}),
      y: fc.double({min: -200, max: height + 200, noNaN: true}),
      size: fc.constantFrom(24, 28),
      w: fc.oneof(fc.constant(0), fc.double({min: 10, max: 180, noNaN: true})),
      h: fc.constantFrom(14, 16, 19),
    })
    .map(({x, y, size, w, h}): LabelItem => ({box: [x, y, x + size, y + size], w, h: w ? h : 0}));

describe('placing the names beside the markers', () => {
  it('places the same names in the same places as checking every box against every box', () => {
    fc.assert(
      fc.property(
        fc.array(item(900, 500), {maxLength: 120}),
        fc.array(
          fc
            .record({x: fc.double({min: 0, max: 800, noNaN: true}), y: fc.double({min: 0, max: 400, noNaN: true})})
            .map(({x, y}): Rect => [x, y, x + 90, y + 40]),
          {maxLength: 3},
        ),
        (items, blocked) => {
          expect(placeLabels(items, 900, 500, blocked)).to.deep.equal(reference(items, 900, 500, blocked));
        },
      ),
      {numRuns: 200},
    );
  });

  it('never puts a name over another name, a marker, a button or outside the frame, on a crowded map of 500', () => {
    const items = Array.from({length: 500}, (_, i): LabelItem => {
      const x = (i * 137) % 1060;
      const y = (i * 89) % 560;
      return {box: [x, y, x + 24, y + 24], w: 40 + (i % 7) * 12, h: 16};
    });
    const blocked: Rect[] = [[1000, 0, 1100, 120]];
    const placed = placeLabels(items, 1100, 600, blocked);
    const boxes = placed.filter((b): b is Rect => !!b);
    expect(boxes.length, 'names placed').to.be.greaterThan(10);
    boxes.forEach((b, i) => {
      expect(b[0]).to.be.at.least(0);
      expect(b[1]).to.be.at.least(0);
      expect(b[2]).to.be.at.most(1100);
      expect(b[3]).to.be.at.most(600);
      expect(overlaps(b, blocked[0]!), 'over the buttons').to.equal(false);
      boxes.forEach((o, j) => j !== i && expect(overlaps(b, o), 'over another name').to.equal(false));
    });
    placed.forEach((b, i) => {
      if (!b) return;
      items.forEach((m, j) => j !== i && expect(overlaps(b, m.box), `name ${i} over marker ${j}`).to.equal(false));
    });
  });
});
