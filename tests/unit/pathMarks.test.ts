import { describe, expect, it } from 'vitest';
import { circlesPath, markCount, rectsPath } from '../../src/lib/charts/pathMarks';

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
