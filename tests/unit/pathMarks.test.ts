import { describe, expect, it } from 'vitest';
import { symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3-shape';
import { circlesPath, markCount, rectsPath, symbolsPath } from '../../src/lib/charts/pathMarks';

describe('circlesPath', () => {
  it.each([
    { marks: [], d: '' },
    { marks: [{ x: 10, y: 20, r: 5 }], d: 'M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0' },
    { marks: [{ x: 1.234, y: 2.345, r: 0.3333 }], d: 'M0.9,2.35a0.33,0.33 0 1,0 0.67,0a0.33,0.33 0 1,0 -0.67,0' },
    { marks: [{ x: 0, y: 0, r: 0 }, { x: 0, y: 0, r: -1 }, { x: 0, y: 0, r: Number.NaN }], d: '' },
  ])('draws $marks.length circle(s) as half arcs, leaving out empty radii', ({ marks, d }) => {
    expect(circlesPath(marks)).toBe(d);
  });

  it('keeps the order given, so later circles draw on top', () => {
    const d = circlesPath([{ x: 100, y: 0, r: 10 }, { x: 0, y: 0, r: 2 }]);
    expect(d.indexOf('M90,0')).toBeLessThan(d.indexOf('M-2,0'));
    expect(markCount(d)).toBe(2);
  });
});

describe('rectsPath', () => {
  it.each([
    { marks: [{ x: 0, y: 0, width: 10, height: 10 }], d: 'M0,0h10v10h-10z' },
    { marks: [{ x: 12, y: 0, width: 4.5, height: 10 }, { x: 24, y: 0, width: 0, height: 10 }], d: 'M12,0h4.5v10h-4.5z' },
  ])('draws closed squares and leaves out empty ones ($d)', ({ marks, d }) => {
    expect(rectsPath(marks)).toBe(d);
  });

  it('counts one mark per subpath', () => {
    const marks = Array.from({ length: 765 }, (_, i) => ({ x: (i % 30) * 12, y: Math.floor(i / 30) * 12, width: 10, height: 10 }));
    expect(markCount(rectsPath(marks))).toBe(765);
  });
});

describe('symbolsPath', () => {
  it('draws d3 circles, squares and triangles at each point, one subpath each', () => {
    const points = [{ x: 10, y: 20 }, { x: 30, y: 5 }];
    const circles = symbolsPath(symbolCircle, 64, points);
    const r = Math.round(Math.sqrt(64 / Math.PI) * 100) / 100;
    expect(circles).toBe(`M${Math.round((10 + Math.sqrt(64 / Math.PI)) * 100) / 100},20A${r},${r} 0 1,1 ${Math.round((10 - Math.sqrt(64 / Math.PI)) * 100) / 100},20A${r},${r} 0 1,1 ${Math.round((10 + Math.sqrt(64 / Math.PI)) * 100) / 100},20` + `M${Math.round((30 + Math.sqrt(64 / Math.PI)) * 100) / 100},5A${r},${r} 0 1,1 ${Math.round((30 - Math.sqrt(64 / Math.PI)) * 100) / 100},5A${r},${r} 0 1,1 ${Math.round((30 + Math.sqrt(64 / Math.PI)) * 100) / 100},5`);
    expect(markCount(circles)).toBe(2);
    expect(markCount(symbolsPath(symbolSquare, 64, points))).toBe(2);
    expect(markCount(symbolsPath(symbolTriangle, 64, points))).toBe(2);
  });

  it('draws the same symbol as d3 draws at the origin, moved to the point', () => {
    // d3's own path for a square of area 64 at the origin, shifted by hand.
    expect(symbol(symbolSquare, 64)()).toBe('M-4,-4h8v8h-8Z');
    expect(symbolsPath(symbolSquare, 64, [{ x: 100, y: 50 }])).toBe('M96,46h8v8h-8Z');
  });

  it('keeps the shape of the path when the points move, so CSS can transition d', () => {
    const shape = (d: string) => d.replace(/-?[\d.]+/g, '#');
    expect(shape(symbolsPath(symbolTriangle, 64, [{ x: 1, y: 2 }, { x: 3, y: 4 }]))).toBe(shape(symbolsPath(symbolTriangle, 64, [{ x: 10, y: 20 }, { x: 30, y: 44 }])));
  });
});
