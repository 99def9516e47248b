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
