import { describe, expect, it } from 'vitest';
import { placeLabels, sampleQuadPath, type LabelRequest, type Obstacles, type Rect } from '../../src/lib/charts/labelPlacement';

/**
 * The geometry placeLabels computes, pinned with small inputs worked out by hand. The frame's
 * origin is odd (7, 13) so a sign flipped on `frame.x0` or `frame.y0` moves something, and the
 * 2-unit cells of the point table start on odd coordinates.
 */
const FRAME: Rect = { x0: 7, y0: 13, x1: 207, y1: 213 };
const NONE: Obstacles = { boxes: [], points: [] };
const req = (anchor: [number, number], width = 40, height = 10, key = 'a'): LabelRequest => ({ key, anchor, width, height });
const box = (p: Rect | undefined) => p && [p.x0, p.y0, p.x1, p.y1];
const one = (r: LabelRequest, obstacles: Obstacles = NONE, frame: Rect = FRAME, opts?: Parameters<typeof placeLabels>[3]) => placeLabels([r], obstacles, frame, opts)[0]!;

// Anchor (100, 100), a 40 × 10 label, ring distance 20 (diagonals 15 along each axis).
const RING: [string, Rect][] = [
  ['below', { x0: 80, y0: 120, x1: 120, y1: 130 }],
  ['left', { x0: 40, y0: 95, x1: 80, y1: 105 }],
  ['right', { x0: 120, y0: 95, x1: 160, y1: 105 }],
  ['above', { x0: 80, y0: 70, x1: 120, y1: 80 }],
  ['below left', { x0: 45, y0: 115, x1: 85, y1: 125 }],
  ['below right', { x0: 115, y0: 115, x1: 155, y1: 125 }],
  ['above left', { x0: 45, y0: 75, x1: 85, y1: 85 }],
  ['above right', { x0: 115, y0: 75, x1: 155, y1: 85 }],
];

describe('placeLabels: the ring of spots around an anchor', () => {
  it.each(RING)('puts the %s spot where the ring says, the only ring spot in a frame one unit around it', (_side, b) => {
    // The frame's own grid spot (its top-left corner) also fits but is farther and pays the grid's extra.
    const frame = { x0: b.x0 - 1, y0: b.y0 - 1, x1: b.x1 + 1, y1: b.y1 + 1 };
    const p = one(req([100, 100]), NONE, frame, { distances: [20], grid: 1000 });
    expect(box(p)).toEqual(box(b));
    expect(p.cx).toBe((b.x0 + b.x1) / 2);
    expect(p.key).toBe('a');
  });

  it('with nothing in the way takes the spot below, 14 units under the anchor and centred on it', () => {
    const p = one(req([100, 100]));
    expect(p).toEqual({ key: 'a', x0: 80, y0: 114, x1: 120, y1: 124, cx: 100 });
  });

  it('takes the nearest ring whatever order the distances come in', () => {
    expect(box(one(req([100, 100]), NONE, FRAME, { distances: [30, 14] }))).toEqual([80, 114, 120, 124]);
    expect(box(one(req([100, 100]), NONE, FRAME, { distances: [30, 16] }))).toEqual([80, 116, 120, 126]);
  });

  it('prefers a ring spot to a grid spot nearer its anchor by less than the grid step', () => {
    // Grid spots are 16 apart from (7, 13): the one at (103, 93, 143, 103) is 3 right of the anchor but pays 16.
    expect(box(one(req([100, 100]), NONE, FRAME, { distances: [18] }))).toEqual([80, 118, 120, 128]);
  });

  it('takes a grid spot nearer than the ring by more than the grid step', () => {
    expect(box(one(req([100, 100]), NONE, FRAME, { distances: [20] }))).toEqual([103, 93, 143, 103]);
    expect(box(one(req([100, 100]), NONE, FRAME, { distances: [] }))).toEqual([103, 93, 143, 103]);
  });

  it('fills the ring in order around one anchor: below, left, right, above', () => {
    const placed = placeLabels([1, 2, 3, 4].map((i) => req([100, 100], 40, 10, `l${i}`)), NONE, FRAME);
    expect(placed.map((p) => [p.key, p.x0, p.y0, p.x1, p.y1, p.cx])).toEqual([
      ['l1', 80, 114, 120, 124, 100],
      ['l2', 46, 95, 86, 105, 66],
      ['l3', 114, 95, 154, 105, 134],
      ['l4', 80, 76, 120, 86, 100],
    ]);
  });
});

describe('placeLabels: grid spots, the frame and the fallback', () => {
  // A 56 × 26 frame holds four 40 × 10 grid spots: x0 ∈ {0, 16}, y0 ∈ {0, 16}.
  const small: Rect = { x0: 0, y0: 0, x1: 56, y1: 26 };
  const grid = (anchor: [number, number], obstacles: Obstacles = NONE) => box(one(req(anchor), obstacles, small, { distances: [] }));

  it('takes the grid spot flush with the frame’s right and bottom edges for an anchor beyond them', () => {
    expect(grid([300, 300])).toEqual([16, 16, 56, 26]);
  });

  it('takes the grid spot flush with the frame’s left and top edges for an anchor before them', () => {
    expect(grid([-300, -300])).toEqual([0, 0, 40, 10]);
    expect(grid([-300, 300])).toEqual([0, 16, 40, 26]);
    expect(grid([300, -300])).toEqual([16, 0, 56, 10]);
  });

  it('lays grid spots from the frame’s own origin', () => {
    const framed = { x0: 5, y0: 9, x1: 61, y1: 35 };
    expect(box(one(req([300, 300]), NONE, framed, { distances: [] }))).toEqual([21, 25, 61, 35]);
    expect(box(one(req([-300, -300]), NONE, framed, { distances: [] }))).toEqual([5, 9, 45, 19]);
  });

  it('keeps ring spots that leave the frame out, even when they are nearest', () => {
    // Anchor 19 right of the small frame: the left spot at 14 would end at x = 61, past the frame; at 24 it fits.
    expect(box(one(req([75, 5]), NONE, small))).toEqual([11, 0, 51, 10]);
  });

  it('a label larger than the frame goes to the frame’s top-left corner', () => {
    const p = one(req([50, 50], 100, 10), NONE, { x0: 10, y0: 20, x1: 50, y1: 40 });
    expect(p).toEqual({ key: 'a', x0: 10, y0: 20, x1: 110, y1: 30, cx: 60 });
  });

  it('never sits on its own anchor, but may come within exactly the gap of it', () => {
    // Anchor (20, 13): 3 below the top row and 3 above the bottom row; every spot is 3 + 16 away, the first wins.
    expect(grid([20, 13])).toEqual([0, 0, 40, 10]);
    // Anchor (43, 5): 3 right of (0, 0, 40, 10), inside (16, 0, 56, 10).
    expect(grid([43, 5])).toEqual([0, 0, 40, 10]);
    // Anchor (13, 5): 3 left of (16, 0, 56, 10), inside (0, 0, 40, 10).
    expect(grid([13, 5])).toEqual([16, 0, 56, 10]);
    // Anchor (20, 13) with the top row blocked: the bottom row, 3 below the anchor, is allowed.
    expect(grid([20, 13], { boxes: [{ x0: 0, y0: 0, x1: 56, y1: 5 }], points: [] })).toEqual([0, 16, 40, 26]);
  });

  it('keeps a spot off its anchor by less than the gap out', () => {
    // Anchor (20, 12.5): within 3 of the top row's bottom edge, so only the bottom row is open.
    expect(grid([20, 12.5])).toEqual([0, 16, 40, 26]);
    expect(grid([20, 13.5])).toEqual([0, 0, 40, 10]);
    // With the top row blocked too, the label goes to the nearest blocked spot, never onto its anchor.
    expect(grid([20, 13.5], { boxes: [{ x0: 0, y0: 0, x1: 56, y1: 5 }], points: [] })).toEqual([0, 0, 40, 10]);
    expect(grid([43.5, 5])).toEqual([0, 0, 40, 10]);
    expect(grid([42.5, 5])).toEqual([16, 16, 56, 26]);
    expect(grid([12.5, 5])).toEqual([16, 0, 56, 10]);
    expect(grid([13.5, 5])).toEqual([0, 16, 40, 26]);
  });
});

describe('placeLabels: what blocks a spot', () => {
  const below = [80, 114, 120, 124]; // anchor (100, 100), a 40 × 10 label, nothing in the way
  const left = [46, 95, 86, 105]; // the next spot in the ring
  const at = (obstacles: Obstacles) => box(one(req([100, 100]), obstacles));

  it.each([
    ['right', { x0: 123, y0: 114, x1: 130, y1: 124 }],
    ['left', { x0: 70, y0: 114, x1: 77, y1: 124 }],
    ['under', { x0: 80, y0: 127, x1: 120, y1: 135 }],
    ['over', { x0: 80, y0: 105, x1: 120, y1: 111 }],
  ])('a box exactly the gap (3) to the %s of a spot leaves it clear', (_side, o) => {
    expect(at({ boxes: [o], points: [] })).toEqual(below);
  });

  it.each([
    ['right', { x0: 122.5, y0: 114, x1: 130, y1: 124 }, left],
    ['left', { x0: 70, y0: 114, x1: 77.5, y1: 124 }, left],
    ['under', { x0: 80, y0: 126.5, x1: 120, y1: 135 }, left],
    ['over', { x0: 80, y0: 105, x1: 120, y1: 111.5 }, [80, 76, 120, 86]], // it blocks left and right too
  ])('a box less than the gap to the %s of a spot blocks it', (_side, o, expected = left) => {
    expect(at({ boxes: [o], points: [] })).toEqual(expected);
  });

  it('any one of several boxes blocks a spot', () => {
    expect(at({ boxes: [{ x0: 0, y0: 0, x1: 5, y1: 5 }, { x0: 90, y0: 115, x1: 95, y1: 120 }], points: [] })).toEqual(left);
  });

  it('any one of several labels placed before blocks a spot', () => {
    // A third label at the same anchor: below is taken by the first, left by the second; right is next.
    const placed = placeLabels([req([100, 100], 40, 10, 'p'), req([100, 100], 40, 10, 'q'), req([100, 100], 40, 10, 'r')], NONE, FRAME);
    expect(box(placed[2])).toEqual([114, 95, 154, 105]);
  });

  it.each([
    // The label below covers x ∈ [80, 120], y ∈ [114, 124]; the gap is 3 and the point table's
    // cells are 2 units from the frame's origin (7, 13): a point counts from the cell holding
    // x0 − 3 (x ≥ 77) up to the cell holding x1 + 3 (x < 125), y ≥ 111 up to y < 129.
    ['inside', [100, 118], left],
    ['2 left of it', [78, 118], left],
    ['in the first cell to its left', [77.2, 118], left],
    ['in the cell before that', [76.5, 118], below],
    ['4.5 right of it, in the cell holding x1 + 3', [124.5, 118], left],
    ['in the cell after that', [125.5, 118], below],
    ['in the cell holding y0 − 3', [100, 111.5], left],
    ['in the cell above that', [100, 110.5], below],
    ['in the cell holding y1 + 3', [100, 128.5], left],
    ['in the cell below that', [100, 129.5], below],
    ['far away', [10, 200], below],
  ])('a line point %s decides whether the spot below is clear', (_where, point, expected) => {
    expect(at({ boxes: [], points: [point as [number, number]] })).toEqual(expected);
  });

  it('counts line points in the frame’s first column and first row', () => {
    // The grid spot at the frame's origin (7, 13, 47, 23) is nearest an anchor far up and left.
    const far = (points: [number, number][]) => box(one(req([-100, -100]), { boxes: [], points }, FRAME, { distances: [] }));
    expect(far([])).toEqual([7, 13, 47, 23]);
    expect(far([[8, 20]])).toEqual([23, 13, 63, 23]);
    expect(far([[20, 14]])).toEqual([7, 29, 47, 39]);
  });

  it('counts line points in the frame’s last column and last row, and only points in the box’s cells', () => {
    // 40 × 8 grid spots fit flush with the corner of the 200 × 200 frame from (7, 13): (167, 205, 207, 213).
    const far = (points: [number, number][]) => box(one(req([400, 400], 40, 8), { boxes: [], points }, FRAME, { distances: [] }));
    expect(far([])).toEqual([167, 205, 207, 213]);
    // Points far above, far to the left, before the frame and beyond it leave the corner clear.
    expect(far([[180, 20], [20, 209], [10, 20], [3, 209], [180, 5]])).toEqual([167, 205, 207, 213]);
    expect(far([[206, 190]])).toEqual([167, 205, 207, 213]);
    // Points more than the gap beyond the frame's right and bottom edges leave it clear too.
    expect(far([[210.5, 209], [170, 216.5], [230, 230]])).toEqual([167, 205, 207, 213]);
    expect(far([[206, 210]])).toEqual([167, 189, 207, 197]);
    expect(far([[170, 212]])).toEqual([167, 189, 207, 197]);
  });
});

describe('placeLabels: when no spot is clear', () => {
  const small: Rect = { x0: 0, y0: 0, x1: 56, y1: 10 }; // two grid spots: A (0, 0, 40, 10), B (16, 0, 56, 10)
  const A = [0, 0, 40, 10];
  const B = [16, 0, 56, 10];
  const pick = (obstacles: Obstacles, before: LabelRequest[] = []) =>
    box(placeLabels([...before, req([-100, 5], 40, 10, 'x')], obstacles, small, { distances: [] }).at(-1));

  it('with every spot equally blocked, takes the nearest', () => {
    expect(pick({ boxes: [{ x0: -50, y0: -50, x1: 100, y1: 100 }], points: [] })).toEqual(A);
  });

  it('a line point costs less than a box', () => {
    // A touches a box just left of the frame; B holds a line point.
    expect(pick({ boxes: [{ x0: -10, y0: 0, x1: -2, y1: 10 }], points: [[54, 5]] })).toEqual(B);
  });

  it('a line point costs less than a label placed before', () => {
    // A label at the frame's left edge (placed where its own anchor puts it) overlaps A but not B.
    expect(pick({ boxes: [], points: [[54, 5]] }, [req([-100, 5], 10, 10, 'first')])).toEqual(B);
  });

  it('fewer line points cost less', () => {
    expect(pick({ boxes: [], points: [[2, 5], [3, 5], [54, 5]] })).toEqual(B);
    expect(pick({ boxes: [], points: [[2, 5], [54, 5], [55, 5]] })).toEqual(A);
  });

  it('a label placed before and a box add up', () => {
    // A overlaps one earlier label (1000); B overlaps two boxes (2000).
    const boxes = [{ x0: 50, y0: 0, x1: 52, y1: 10 }, { x0: 53, y0: 0, x1: 55, y1: 10 }];
    expect(pick({ boxes, points: [] }, [req([-100, 5], 10, 10, 'first')])).toEqual(A);
  });
});

describe('placeLabels on a crowded chart', () => {
  it('keeps every label inside the frame, off its anchor, and clear of the others whenever it can', () => {
    // A deterministic scatter of anchors, boxes and the points of a few arcs.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const frame = { x0: 2, y0: 2, x1: 398, y1: 298 };
    const arcs = ['M20,280Q200,20 380,280', 'M40,40Q200,200 360,40', 'M200,290Q100,150 200,10'];
    const points = arcs.flatMap((d) => sampleQuadPath(d));
    const boxes = Array.from({ length: 6 }, () => {
      const x = 20 + rand() * 340, y = 20 + rand() * 250;
      return { x0: x, y0: y, x1: x + 30, y1: y + 12 };
    });
    const requests = Array.from({ length: 12 }, (_, i) => req([20 + rand() * 360, 20 + rand() * 260], 30 + Math.round(rand() * 40), 17, `k${i}`));
    const placed = placeLabels(requests, { boxes, points }, frame);
    expect(placed.map((p) => p.key)).toEqual(requests.map((r) => r.key));
    const near = (a: Rect, b: Rect) => a.x0 < b.x1 + 3 && b.x0 < a.x1 + 3 && a.y0 < b.y1 + 3 && b.y0 < a.y1 + 3;
    placed.forEach((p, i) => {
      expect(p.x0 >= frame.x0 && p.y0 >= frame.y0 && p.x1 <= frame.x1 && p.y1 <= frame.y1).toBe(true);
      expect(p.x1 - p.x0).toBeCloseTo(requests[i]!.width, 9);
      expect(p.y1 - p.y0).toBeCloseTo(17, 9);
      expect(p.cx).toBeCloseTo((p.x0 + p.x1) / 2, 9);
      const [ax, ay] = requests[i]!.anchor;
      expect(ax > p.x0 - 3 && ax < p.x1 + 3 && ay > p.y0 - 3 && ay < p.y1 + 3).toBe(false);
      for (const q of placed.slice(0, i)) expect(near(p, q), `${p.key} / ${q.key}`).toBe(false);
      for (const o of boxes) expect(near(p, o), `${p.key} / box`).toBe(false);
      for (const [x, y] of points) expect(x > p.x0 - 3 && x < p.x1 + 3 && y > p.y0 - 3 && y < p.y1 + 3, `${p.key} / point`).toBe(false);
    });
  });
});

describe('sampleQuadPath', () => {
  it('samples n + 1 points from the start to the end of the arc', () => {
    expect(sampleQuadPath('M0,0Q10,20 30,40', 2)).toEqual([[0, 0], [12.5, 20], [30, 40]]);
    const pts = sampleQuadPath('M-12.25,3Q10,-20.5 100,40', 4);
    expect(pts).toHaveLength(5);
    // t = 1/4: u² = 9/16, 2ut = 6/16, t² = 1/16.
    expect(pts[1]![0]).toBeCloseTo((9 * -12.25 + 6 * 10 + 100) / 16, 9);
    expect(pts[1]![1]).toBeCloseTo((9 * 3 + 6 * -20.5 + 40) / 16, 9);
    expect(pts[0]).toEqual([-12.25, 3]);
    expect(pts[4]).toEqual([100, 40]);
  });

  it('takes 32 steps by default', () => {
    const pts = sampleQuadPath('M0,0Q16,16 32,32');
    expect(pts).toHaveLength(33);
    pts.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(i, 9);
      expect(y).toBeCloseTo(i, 9);
    });
  });

  it('gives nothing for a path with fewer than six numbers', () => {
    expect(sampleQuadPath('')).toEqual([]);
    expect(sampleQuadPath('M1,2Q3,4 5')).toEqual([]);
    expect(sampleQuadPath('M1,2Q3,4 5,6', 1)).toEqual([[1, 2], [5, 6]]);
  });
});

describe('placeLabels: the frame’s edges, once more', () => {
  it('never takes a spot that starts above the frame, even the nearest', () => {
    // Anchor 10 above a frame whose top is y = 50; a small box blocks the spot below, so the
    // spot below left wins; the spot above (80, 16) is as near as below but outside.
    const frame = { x0: 0, y0: 50, x1: 200, y1: 250 };
    const p = one(req([100, 40]), { boxes: [{ x0: 100, y0: 64, x1: 110, y1: 66 }], points: [] }, frame);
    expect(box(p)).toEqual([49.5, 50.5, 89.5, 60.5]);
  });

  it('ignores line points well beyond the frame’s right edge (they are not counted at its left edge)', () => {
    // The grid spot at the origin (7, 13, 47, 23) of the 200 × 200 frame; a point 5 units past
    // its right edge, at x = 212, belongs to no cell of the point table.
    const far = (points: [number, number][]) => box(one(req([-100, -100]), { boxes: [], points }, FRAME, { distances: [] }));
    expect(far([[212, 16], [212, 14], [215, 20]])).toEqual([7, 13, 47, 23]);
  });
});
