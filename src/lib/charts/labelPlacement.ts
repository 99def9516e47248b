/**
 * Labels placed clear of each other and of the marks: each label tries positions in rings around
 * its anchor and on a grid over the frame, and takes the nearest one whose box stays inside the
 * frame and touches no label already placed, no fixed box (names, nodes) and no sampled point of
 * a line (arcs). When none is clear, the one with the fewest conflicts wins, so a label is never
 * dropped. Pure; boxes in viewBox units.
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
  { gap = 3, distances = [14, 24, 36, 50, 66], grid = 12 }: { gap?: number; distances?: readonly number[]; grid?: number } = {},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    // The rings around the anchor first, then anywhere on a grid over the frame: the nearest clear spot wins.
    // Grid spots pay a little extra, so a ring spot (centred on its anchor) wins at equal distance.
    const spots = candidates(r, distances).map((box) => ({ box, extra: 0 }));
    for (let y = frame.y0; y + r.height <= frame.y1; y += grid) {
      for (let x = frame.x0; x + r.width <= frame.x1; x += grid) spots.push({ box: { x0: x, y0: y, x1: x + r.width, y1: y + r.height }, extra: grid });
    }
    let best: { box: Rect; cost: number } | null = null;
    for (const { box, extra } of spots) {
      if (box.x0 < frame.x0 || box.y0 < frame.y0 || box.x1 > frame.x1 || box.y1 > frame.y1) continue;
      if (covers(box, r.anchor, gap)) continue; // never on its own anchor
      const dx = Math.max(box.x0 - r.anchor[0], 0, r.anchor[0] - box.x1);
      const dy = Math.max(box.y0 - r.anchor[1], 0, r.anchor[1] - box.y1);
      const distance = Math.hypot(dx, dy) + extra;
      if (best && distance >= best.cost) continue;
      const conflicts =
        placed.filter((p) => overlaps(p, box, gap)).length * 100 +
        obstacles.boxes.filter((b) => overlaps(b, box, gap)).length * 50 +
        obstacles.points.filter((p) => covers(box, p, gap)).length;
      const cost = conflicts * 1000 + distance;
      if (!best || cost < best.cost) best = { box, cost };
    }
    const box = best?.box ?? { x0: frame.x0, y0: frame.y0, x1: frame.x0 + r.width, y1: frame.y0 + r.height };
    placed.push({ key: r.key, ...box, cx: (box.x0 + box.x1) / 2 });
  }
  return placed;
}

/** Points along a quadratic arc written as "Mx,yQcx,cy x,y" (as flowLayout draws them). */
export function sampleQuadPath(d: string, n = 40): [number, number][] {
  const v = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (v.length < 6) return [];
  const [ax, ay, cx, cy, bx, by] = v as [number, number, number, number, number, number];
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n, u = 1 - t;
    return [u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by];
  });
}
