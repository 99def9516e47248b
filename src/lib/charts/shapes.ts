/**
 * The two d3-shape generators the charts draw with, as plain functions: a straight line with
 * gaps (d3's `line().defined()` with its default linear curve) and the four symbols the charts
 * mark points with. Written out because d3-shape is one module with every curve, arc, area,
 * stack and symbol in it: bundled, it was 2.3 KB gzip of every chart page's and embed's
 * JavaScript for these few lines. The output is the same string d3-shape 3 draws, numbers
 * rounded to three decimals (tests/unit/shapes.test.ts compares them), so the server's
 * markup and the browser's agree.
 */
const r3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A polyline through the points for which `defined` holds; an undefined point breaks the line.
 * A run of one point is drawn as a closed zero-length subpath (as d3 does), so a round line cap shows it.
 * Null when no point is defined.
 */
export function linePath<T>(data: readonly T[], x: (d: T) => number, y: (d: T) => number, defined: (d: T) => boolean = () => true): string | null {
  let d = '';
  let run = 0;
  for (const p of data) {
    if (!defined(p)) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run ? 'L' : 'M'}${r3(+x(p))},${r3(+y(p))}`;
    run++;
  }
  if (run === 1) d += 'Z';
  return d || null;
}

export type SymbolName = 'circle' | 'square' | 'triangle' | 'diamond';

const SQRT3 = Math.sqrt(3);
const TAN30 = Math.sqrt(1 / 3);

/** A symbol of the given area (square pixels) centred on 0,0: d3's symbolCircle, symbolSquare, symbolTriangle, symbolDiamond. */
export function symbolPath(type: SymbolName, size = 64): string {
  if (type === 'circle') {
    const r = Math.sqrt(size / Math.PI);
    return `M${r3(r)},0A${r3(r)},${r3(r)},0,1,1,${r3(-r)},0A${r3(r)},${r3(r)},0,1,1,${r3(r)},0`;
  }
  if (type === 'square') {
    const w = Math.sqrt(size);
    const x = -w / 2;
    return `M${r3(x)},${r3(x)}h${r3(w)}v${r3(w)}h${r3(-w)}Z`;
  }
  if (type === 'triangle') {
    const y = -Math.sqrt(size / (SQRT3 * 3));
    return `M0,${r3(y * 2)}L${r3(-SQRT3 * y)},${r3(-y)}L${r3(SQRT3 * y)},${r3(-y)}Z`;
  }
  const y = Math.sqrt(size / (TAN30 * 2));
  const x = y * TAN30;
  return `M0,${r3(-y)}L${r3(x)},0L0,${r3(y)}L${r3(-x)},0Z`;
}
