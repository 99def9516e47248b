import { describe, expect, it } from 'vitest';
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import { linePath, symbolPath, type SymbolName } from '../../src/lib/charts/shapes';

// shapes.ts replaces d3-shape in the browser; its strings must be d3-shape's, character for
// character, so the markup the server drew and the charts' snapshots do not move.
const D3 = { circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond };

describe('symbolPath', () => {
  const sizes = [1, 16, 20, 36, 50, 64, 70, 80, 90, 100, 120.5, 144, 1000, 0.3];
  for (const type of Object.keys(D3) as SymbolName[]) {
    it(`draws d3's ${type} at every size`, () => {
      for (const size of sizes) expect(symbolPath(type, size), `${type} ${size}`).toBe(symbol(D3[type], size)());
      expect(symbolPath(type)).toBe(symbol(D3[type])());
    });
  }
});

describe('linePath', () => {
  type P = { x: number; y: number } | null;
  const px = (p: P) => p!.x;
  const py = (p: P) => p!.y;
  const d3Line = (data: P[]) => line<P>().defined((p) => p !== null).x(px).y(py)(data);
  const pts = (xs: (number | null)[]): P[] => xs.map((v, i) => (v === null ? null : { x: i * 13.3333333, y: v / 3 }));

  it.each([
    { name: 'no points', data: pts([]) },
    { name: 'no defined points', data: pts([null, null]) },
    { name: 'one point', data: pts([5]) },
    { name: 'a straight run', data: pts([1, 2, 3.14159, 400.0005, -7]) },
    { name: 'gaps, single points and trailing gaps', data: pts([1, null, 2, 3, null, 4, null, null, 5, 6, 7, null]) },
    { name: 'a leading gap and a lone last point', data: pts([null, 1, 2, null, 9]) },
  ])('draws $name as d3 does', ({ data }) => {
    expect(linePath(data, px, py, (p) => p !== null)).toBe(d3Line(data));
  });

  it('draws every point when no test is given', () => {
    const data = [{ x: 0, y: 0 }, { x: 10.12345, y: 20.98765 }];
    expect(linePath(data, (p) => p.x, (p) => p.y)).toBe(line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y)(data));
  });
});
