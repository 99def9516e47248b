/**
 * Many identical marks drawn as one SVG path. A unit chart's hundreds of squares or a
 * map's hundreds of dots as separate elements make every change of step restyle and
 * re-lay out each one (tens of milliseconds on a phone); as one path per style, a
 * change is one attribute. Coordinates are rounded to hundredths of a viewBox unit.
 */
const n = (v: number) => String(Math.round(v * 100) / 100);

export interface CircleMark {
  x: number;
  y: number;
  /** Radius; marks with a radius of 0 or less are left out. */
  r: number;
}

/** Circles as two half arcs each, one subpath per circle, in the order given (later ones draw on top). */
export function circlesPath(marks: readonly CircleMark[]): string {
  let d = '';
  for (const { x, y, r } of marks) {
    if (!(r > 0)) continue;
    const rr = n(r);
    d += `M${n(x - r)},${n(y)}a${rr},${rr} 0 1,0 ${n(2 * r)},0a${rr},${rr} 0 1,0 ${n(-2 * r)},0`;
  }
  return d;
}

export interface RectMark {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rectangles as closed subpaths; zero-width ones are left out. */
export function rectsPath(marks: readonly RectMark[]): string {
  let d = '';
  for (const { x, y, width, height } of marks) {
    if (!(width > 0 && height > 0)) continue;
    d += `M${n(x)},${n(y)}h${n(width)}v${n(height)}h${n(-width)}z`;
  }
  return d;
}

/** How many marks a path drawn by circlesPath or rectsPath holds (one M per mark). */
export function markCount(d: string): number {
  return (d.match(/M/g) ?? []).length;
}

/** What a d3-shape symbol type needs to draw itself (d3's SymbolType). */
export interface SymbolDrawer {
  draw(context: never, size: number): void;
}

/**
 * A d3 symbol (circle, square, triangle, …) at each point, as one path: each is drawn by
 * d3's own SymbolType.draw into a context that moves it to its point. The same points in
 * another scale give a path of the same shape, so CSS can transition `d` between them.
 */
export function symbolsPath(type: SymbolDrawer, size: number, points: readonly { x: number; y: number }[]): string {
  let d = '';
  let ox = 0;
  let oy = 0;
  const context = {
    moveTo: (x: number, y: number) => void (d += `M${n(x + ox)},${n(y + oy)}`),
    lineTo: (x: number, y: number) => void (d += `L${n(x + ox)},${n(y + oy)}`),
    closePath: () => void (d += 'Z'),
    rect: (x: number, y: number, w: number, h: number) => void (d += `M${n(x + ox)},${n(y + oy)}h${n(w)}v${n(h)}h${n(-w)}Z`),
    // d3's symbols use arc only for whole circles, after moving to the circle's rightmost point.
    arc: (x: number, y: number, r: number, a0: number, a1: number) => {
      if (Math.abs(a1 - a0) < 2 * Math.PI - 1e-6) throw new Error(`symbolsPath: received an arc of ${a1 - a0} rad, expected a whole circle`);
      const rr = n(r);
      d += `A${rr},${rr} 0 1,1 ${n(x + ox - r)},${n(y + oy)}A${rr},${rr} 0 1,1 ${n(x + ox + r)},${n(y + oy)}`;
    },
  };
  for (const p of points) {
    ox = p.x;
    oy = p.y;
    type.draw(context as never, size);
  }
  return d;
}
