import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {placeLabels, type LabelItem, type Rect} from '../../src/partner-map/label-layout.js';

const overlaps = (a: Rect, b: Rect): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

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
  it('on any map, a placed name stays in the frame, off the buttons, and clear of every other name and marker', () => {
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
          const placed = placeLabels(items, 900, 500, blocked);
          expect(placed).to.have.length(items.length);
          placed.forEach((b, i) => {
            if (!b) return;
            expect(items[i]!.w, 'a name for a marker without one').to.be.greaterThan(0);
            expect(b[2] - b[0], "the name's width").to.be.closeTo(items[i]!.w, 1e-9);
            expect(b[3] - b[1], "the name's height").to.be.closeTo(items[i]!.h, 1e-9);
            expect(b[0] >= 0 && b[1] >= 0 && b[2] <= 900 && b[3] <= 500, 'inside the frame').to.equal(true);
            expect(
              blocked.some((o) => overlaps(o, b)),
              'over a button',
            ).to.equal(false);
            expect(
              items.some((m, j) => j !== i && overlaps(m.box, b)),
              'over another marker',
            ).to.equal(false);
            expect(
              placed.some((o, j) => j !== i && o && overlaps(o, b)),
              'over another name',
            ).to.equal(false);
          });
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
