import { describe, expect, it } from 'vitest';
import { placeLabels, sampleQuadPath } from '../../src/lib/charts/labelPlacement';
import { spreadLabels } from '../../src/lib/charts/labelSpacing';

const frame = { x0: 0, y0: 0, x1: 200, y1: 200 };

describe('placeLabels', () => {
  it('puts a label right under its anchor when nothing is in the way', () => {
    const [p] = placeLabels([{ key: 'a', anchor: [100, 100], width: 40, height: 10 }], { boxes: [], points: [] }, frame);
    expect(p).toMatchObject({ x0: 80, x1: 120, y0: 114, cx: 100 });
  });

  it('moves a label off a line and off a label already placed', () => {
    const line = sampleQuadPath('M100,100Q100,150 100,200');
    const placed = placeLabels(
      [
        { key: 'a', anchor: [100, 100], width: 40, height: 10 },
        { key: 'b', anchor: [100, 100], width: 40, height: 10 },
      ],
      { boxes: [], points: line },
      frame,
    );
    const hits = (b: (typeof placed)[number]) => line.some(([x, y]) => x > b.x0 - 3 && x < b.x1 + 3 && y > b.y0 - 3 && y < b.y1 + 3);
    expect(placed.map(hits)).toEqual([false, false]);
    const [a, b] = placed as [(typeof placed)[number], (typeof placed)[number]];
    expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
  });

  it('keeps every label inside the frame', () => {
    const [p] = placeLabels([{ key: 'a', anchor: [195, 195], width: 60, height: 20 }], { boxes: [], points: [] }, frame);
    expect(p!.x1).toBeLessThanOrEqual(200);
    expect(p!.y1).toBeLessThanOrEqual(200);
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are far apart where they are', () => {
    expect(spreadLabels([10, 100, 50], 20, 0, 200)).toEqual([10, 100, 50]);
  });

  it('pushes crowded labels apart around their mean, inside the row', () => {
    expect(spreadLabels([14, 20, 24], 20, 10, 390)).toEqual([10, 30, 50]);
    expect(spreadLabels([100, 101], 20, 0, 200)).toEqual([90.5, 110.5]);
  });
});
