/**
 * Labels placed clear of each other and of the marks: each label tries positions in rings around
 * its anchor and on a grid over the frame, and takes the nearest one whose box stays inside the
 * frame and touches no label already placed, no fixed box (names, nodes) and no sampled point of
 * a line (arcs). When none is clear, the one that crosses the fewest line points and no text
 * wins, so a label is never dropped. Pure; boxes in viewBox units.
 */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  key: string;
  /** The point the label belongs to (a node, an arc's end). */
  anchor: readonly [number, number];
  width: number;
  height: number;
}

export interface PlacedLabel extends Rect {
  key: string;
  /** Centre x, for text-anchor="middle". */
  cx: number;
}

export interface Obstacles {
  boxes: readonly Rect[];
  points: readonly (readonly [number, number])[];
}

const overlaps = (a: Rect, b: Rect, gap: number) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
const covers = (a: Rect, [x, y]: readonly [number, number], pad: number) => x > a.x0 - pad && x < a.x1 + pad && y > a.y0 - pad && y < a.y1 + pad;

/**
 * How many of `points` fall in a box, in constant time: a summed-area table over cells of
 * `cell` units (a cell's points count as soon as the box touches the cell: generous by design).
 */
function pointCounter(points: Obstacles['points'], frame: Rect, cell = 2) {
  const w = Math.ceil((frame.x1 - frame.x0) / cell) + 1;
  const h = Math.ceil((frame.y1 - frame.y0) / cell) + 1;
  const sat = new Int32Array((w + 1) * (h + 1));
  for (const p of points) {
    const i = Math.floor((p[0] - frame.x0) / cell), j = Math.floor((p[1] - frame.y0) / cell);
    if (i >= 0 && j >= 0 && i < w && j < h) sat[(j + 1) * (w + 1) + i + 1]! += 1;
  }
  for (let j = 1; j <= h; j++) for (let i = 1; i <= w; i++) sat[j * (w + 1) + i]! += sat[(j - 1) * (w + 1) + i]! + sat[j * (w + 1) + i - 1]! - sat[(j - 1) * (w + 1) + i - 1]!;
  const col = (x: number) => Math.min(Math.max(Math.floor((x - frame.x0) / cell), 0), w);
  const row = (y: number) => Math.min(Math.max(Math.floor((y - frame.y0) / cell), 0), h);
  return (b: Rect, pad: number) => {
    const i0 = col(b.x0 - pad), i1 = Math.min(col(b.x1 + pad) + 1, w), j0 = row(b.y0 - pad), j1 = Math.min(row(b.y1 + pad) + 1, h);
    return sat[j1 * (w + 1) + i1]! - sat[j0 * (w + 1) + i1]! - sat[j1 * (w + 1) + i0]! + sat[j0 * (w + 1) + i0]!;
  };
}

/** Candidate boxes around an anchor, nearest first. */
function candidates(r: LabelRequest, distances: readonly number[]): Rect[] {
  const [ax, ay] = r.anchor;
  const { width: w, height: h } = r;
  const out: Rect[] = [];
  for (const d of distances) {
    const spots: [number, number][] = [
      [ax - w / 2, ay + d], // below
      [ax - w - d, ay - h / 2], // left
      [ax + d, ay - h / 2], // right
      [ax - w / 2, ay - h - d], // above
      [ax - w - d * 0.75, ay + d * 0.75], // below left
      [ax + d * 0.75, ay + d * 0.75], // below right
      [ax - w - d * 0.75, ay - h - d * 0.75], // above left
      [ax + d * 0.75, ay - h - d * 0.75], // above right
    ];
    for (const [x0, y0] of spots) out.push({ x0, y0, x1: x0 + w, y1: y0 + h });
  }
  return out;
}

export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: Obstacles,
  frame: Rect,
  { gap = 3, distances = [14, 24, 36, 50, 66], grid = 16 }: { gap?: number; distances?: readonly number[]; grid?: number } = {},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const pointsIn = pointCounter(obstacles.points, frame);
  const inFrame = (b: Rect) => b.x0 >= frame.x0 && b.y0 >= frame.y0 && b.x1 <= frame.x1 && b.y1 <= frame.y1;
  const distanceTo = (b: Rect, [ax, ay]: readonly [number, number]) => Math.hypot(Math.max(b.x0 - ax, 0, ax - b.x1), Math.max(b.y0 - ay, 0, ay - b.y1));
  for (const r of requests) {
    const clear = (b: Rect) => !placed.some((p) => overlaps(p, b, gap)) && !obstacles.boxes.some((o) => overlaps(o, b, gap)) && pointsIn(b, gap) === 0;
    const usable = (b: Rect) => inFrame(b) && !covers(b, r.anchor, gap); // never on its own anchor
    // The ring spots first. Grid spots pay a little extra (`grid`), so a ring spot (centred on its
    // anchor) wins at equal distance: they come after the ring in a stable sort.
    const ring = candidates(r, distances).filter(usable).map((box) => ({ box, d: distanceTo(box, r.anchor) }));
    ring.sort((a, b) => a.d - b.d);
    // The nearest clear spot wins. A grid spot can only win if it is nearer than the nearest clear
    // ring spot, so only those are made (all of them when no ring spot is clear): the same answer
    // as sorting every grid spot, at a small part of the cost (this runs as the reader scrolls to
    // a step, on a phone; points are counted from a table in constant time).
    const nearestRing = ring.find((s) => clear(s.box))?.d ?? Infinity;
    const open = ring.slice();
    for (let y = frame.y0; y + r.height <= frame.y1; y += grid) {
      for (let x = frame.x0; x + r.width <= frame.x1; x += grid) {
        const box = { x0: x, y0: y, x1: x + r.width, y1: y + r.height };
        const d = distanceTo(box, r.anchor) + grid;
        if (d < nearestRing && usable(box)) open.push({ box, d });
      }
    }
    open.sort((a, b) => a.d - b.d);
    let box = open.find((s) => clear(s.box))?.box;
    if (!box) {
      // Nothing clear: the fewest conflicts, nearest first among equals.
      let best: { box: Rect; cost: number } | null = null;
      for (const { box: b } of open) {
        const cost = (placed.filter((p) => overlaps(p, b, gap)).length + obstacles.boxes.filter((o) => overlaps(o, b, gap)).length) * 1000 + pointsIn(b, gap);
        if (!best || cost < best.cost) best = { box: b, cost };
      }
      box = best?.box ?? { x0: frame.x0, y0: frame.y0, x1: frame.x0 + r.width, y1: frame.y0 + r.height };
    }
    placed.push({ key: r.key, ...box, cx: (box.x0 + box.x1) / 2 });
  }
  return placed;
}

/** Points along a quadratic arc written as "Mx,yQcx,cy x,y" (as flowLayout draws them). */
export function sampleQuadPath(d: string, n = 32): [number, number][] {
  const v = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (v.length < 6) return [];
  const [ax, ay, cx, cy, bx, by] = v as [number, number, number, number, number, number];
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n, u = 1 - t;
    return [u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by];
  });
}
