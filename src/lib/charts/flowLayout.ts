/**
 * Geometry of the flows between countries on map 2: one curved arc per flow,
 * arcs between the same two countries fanned out so they never overlap, arrowheads
 * at the receiving end. Pure functions on viewBox coordinates.
 */
export type Point = readonly [number, number];

/** A flow to lay out: who gives, who receives, and whether arrowheads apply. */
export interface FlowInput {
  key: string;
  from: string;
  to: string;
  direction: 'one-way' | 'exchange' | 'not-stated';
}

export interface FlowShape {
  key: string;
  /** SVG path of the arc. */
  d: string;
  /** The arc's middle (t = 0.5), where a label or hit target sits. */
  mid: [number, number];
  /** Arrowhead triangles (SVG paths): at `to` for one-way, at both ends for an exchange, none when the direction is not stated. */
  heads: string[];
}

export interface LayoutOptions {
  /** Bend of the middle arc of a pair, as a fraction of the distance (positive bends left of the pair's canonical direction). */
  baseBend?: (pair: string) => number;
  /** Extra bend between neighbouring arcs of the same pair (fraction of the distance). */
  spacing?: number;
  /** Gap left between an arc's end and its country's node (viewBox units). */
  inset?: number;
  /** Arrowhead length (viewBox units). */
  head?: number;
  /**
   * Where a pair's arcs attach to a country, when not at its node: lets a hub that
   * many countries connect to (the United States) spread its ends apart.
   */
  port?: (country: string, pair: string) => Point | undefined;
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;
const r1 = (v: number) => Math.round(v * 10) / 10;

/** Bends for `count` arcs of one pair: centred on `base`, `spacing` apart. */
export function fanBends(count: number, base = 0, spacing = 0.12): number[] {
  return Array.from({ length: count }, (_, i) => r3(base + (i - (count - 1) / 2) * spacing));
}

/** The control point of a quadratic arc from a to b bent by `bend` × |ab| to the left of a→b. */
export function controlPoint(a: Point, b: Point, bend: number): [number, number] {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  return [r3((a[0] + b[0]) / 2 - dy * bend), r3((a[1] + b[1]) / 2 + dx * bend)];
}

/** Point at parameter t of the quadratic Bézier a–c–b. */
export function quadPoint(a: Point, c: Point, b: Point, t: number): [number, number] {
  const u = 1 - t;
  return [r3(u * u * a[0] + 2 * u * t * c[0] + t * t * b[0]), r3(u * u * a[1] + 2 * u * t * c[1] + t * t * b[1])];
}

/** Moves `p` towards `toward` by `distance` (used to stop arcs short of the nodes). */
export function moveToward(p: Point, toward: Point, distance: number): [number, number] {
  const dx = toward[0] - p[0], dy = toward[1] - p[1];
  const len = Math.hypot(dx, dy) || 1;
  return [r3(p[0] + (dx / len) * distance), r3(p[1] + (dy / len) * distance)];
}

/** A triangular arrowhead with its tip at `tip`, pointing away from `from`. */
export function arrowHead(tip: Point, from: Point, length: number): string {
  const dx = tip[0] - from[0], dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len, uy = dy / len;
  const bx = tip[0] - ux * length, by = tip[1] - uy * length;
  const w = length * 0.5;
  return `M${r1(tip[0])},${r1(tip[1])}L${r1(bx - uy * w)},${r1(by + ux * w)}L${r1(bx + uy * w)},${r1(by - ux * w)}Z`;
}

/** Canonical, direction-free name of a country pair, so "MEX→USA" and "USA→MEX" share one fan. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/**
 * Lays out every flow: flows of the same pair fan out in input order (callers sort
 * them by date), each bent relative to the pair's canonical direction so that the
 * fan is the same whichever way the data moves.
 */
export function layoutFlows(flows: readonly FlowInput[], nodes: Readonly<Record<string, Point>>, options: LayoutOptions = {}): FlowShape[] {
  const { baseBend = () => 0, spacing = 0.12, inset = 6, head = 7, port = () => undefined } = options;
  const byPair = new Map<string, FlowInput[]>();
  for (const f of flows) {
    const k = pairKey(f.from, f.to);
    byPair.set(k, [...(byPair.get(k) ?? []), f]);
  }
  const shapes = new Map<string, FlowShape>();
  for (const [pair, group] of byPair) {
    const bends = fanBends(group.length, baseBend(pair), spacing);
    group.forEach((f, i) => {
      const [first, second] = pair.split('-') as [string, string];
      const a0 = port(first, pair) ?? nodes[first], b0 = port(second, pair) ?? nodes[second];
      if (!a0 || !b0) throw new Error(`layoutFlows: flow "${f.key}" names a country with no node (received ${first}, ${second}; expected one of ${Object.keys(nodes).join(', ')})`);
      const c = controlPoint(a0, b0, bends[i]!);
      const a = moveToward(a0, c, inset), b = moveToward(b0, c, inset);
      const d = `M${r1(a[0])},${r1(a[1])}Q${r1(c[0])},${r1(c[1])} ${r1(b[0])},${r1(b[1])}`;
      // Arrowheads follow the data: tip at the receiver, pointing along the curve's tangent.
      const toEnd = f.to === second ? b : a, toTangent = c;
      const fromEnd = f.to === second ? a : b;
      const heads = f.direction === 'one-way' ? [arrowHead(toEnd, toTangent, head)] : f.direction === 'exchange' ? [arrowHead(toEnd, c, head), arrowHead(fromEnd, c, head)] : [];
      shapes.set(f.key, { key: f.key, d, mid: quadPoint(a, c, b, 0.5), heads });
    });
  }
  return flows.map((f) => shapes.get(f.key)!);
}
