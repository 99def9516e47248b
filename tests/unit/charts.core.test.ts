import { describe, expect, it } from 'vitest';
import { spacedLabels, wrapWords as wrapLabel } from '../../src/lib/charts/labelSpacing';
import { circlesPath, markCount, rectsPath } from '../../src/lib/charts/pathMarks';
import { fitFrame, SSR_FRAME } from '../../src/lib/charts/frame';
import { missingYears, withGaps, yearExtent } from '../../src/lib/charts/yearSeries';
import { linearScale, sqrtScale } from '../../src/lib/charts/scales';
import { nearestIndex, stepIndex as keyStep } from '../../src/lib/charts/pointNav';
import { figureNumber, figureText, wrapWords } from '../../src/lib/charts/figureText';

/** The small chart helpers at their boundaries: where a comparison's edge or a default decides. */
describe('spacedLabels', () => {
  it('keeps the last label, then every one at least minGap before the last kept (the gap itself counts)', () => {
    expect(spacedLabels([0, 10, 20, 30], 10)).toEqual([0, 1, 2, 3]);
    expect(spacedLabels([0, 9, 18, 30], 10)).toEqual([0, 2, 3]); // 30 kept, 18 (12 before), 9 too close, 0 (18 before)
    expect(spacedLabels([0, 5, 30], 26)).toEqual([0, 2]);
    expect(spacedLabels([0, 5, 30], 31)).toEqual([2]);
  });
  it('works on unsorted positions and returns indices ascending', () => {
    expect(spacedLabels([30, 0, 15], 15)).toEqual([0, 1, 2]);
    expect(spacedLabels([30, 0, 16], 15)).toEqual([0, 1]); // 16 is 14 before 30
    expect(spacedLabels([], 10)).toEqual([]);
  });
});

describe('the two word wrappers', () => {
  it.each([wrapLabel, wrapWords])('fit words on lines of at most max characters, counting the space (%#)', (wrap) => {
    expect(wrap('ab cd ef', 5)).toEqual(['ab cd', 'ef']);
    expect(wrap('ab cd ef', 4)).toEqual(['ab', 'cd', 'ef']);
    expect(wrap('  abcdefgh  ij ', 4)).toEqual(['abcdefgh', 'ij']);
    expect(wrap('', 4)).toEqual([]);
  });
});

describe('path marks', () => {
  it('writes each circle as two half arcs, rounded to hundredths, and skips radii of 0 or less', () => {
    expect(circlesPath([{ x: 10, y: 20, r: 2.005 }])).toBe('M8,20a2.01,2.01 0 1,0 4.01,0a2.01,2.01 0 1,0 -4.01,0');
    expect(circlesPath([{ x: 1, y: 1, r: 0 }, { x: 1, y: 1, r: -1 }, { x: 1, y: 1, r: Number.NaN }])).toBe('');
  });
  it('writes each rectangle as a closed subpath and skips empty ones', () => {
    expect(rectsPath([{ x: 1, y: 2, width: 3, height: 4 }])).toBe('M1,2h3v4h-3z');
    expect(rectsPath([{ x: 1, y: 2, width: 0, height: 4 }, { x: 1, y: 2, width: 3, height: 0 }])).toBe('');
  });
  it('counts one mark per subpath', () => {
    expect(markCount(circlesPath([{ x: 0, y: 0, r: 1 }, { x: 5, y: 0, r: 1 }]) + rectsPath([{ x: 0, y: 0, width: 1, height: 1 }]))).toBe(3);
    expect(markCount('')).toBe(0);
  });
});

describe('fitFrame', () => {
  it.each([
    [undefined, SSR_FRAME],
    [0, SSR_FRAME],
    [Number.NaN, SSR_FRAME],
    [Number.POSITIVE_INFINITY, SSR_FRAME],
    [200, { width: 300, height: 255 }], // clamped up, narrow shape
    [519, { width: 519, height: 441 }], // narrow below 520
    [520, { width: 520, height: 312 }], // wide from 520
    [900, { width: 760, height: 456 }], // clamped down
    [400.4, { width: 400, height: 340 }],
  ])('a measured width of %s gives %o', (measured, frame) => {
    expect(fitFrame(measured)).toEqual(frame);
  });
  it('takes other ratios when asked', () => {
    expect(fitFrame(600, 0.5, 1)).toEqual({ width: 600, height: 300 });
    expect(fitFrame(400, 0.5, 1)).toEqual({ width: 400, height: 400 });
  });
});

describe('year series', () => {
  const pts = [{ year: 2001, value: 1 }, { year: 2003, value: 3 }];
  it('expands to one slot per year, both ends included, with null for gaps', () => {
    expect(withGaps(pts, 2000, 2004)).toEqual([null, pts[0], null, pts[1], null]);
    expect(withGaps(pts, 2003, 2003)).toEqual([pts[1]]);
    expect(withGaps(pts, 2004, 2003)).toEqual([]);
  });
  it('lists the missing years, both ends included', () => {
    expect(missingYears(pts, 2000, 2004)).toEqual([2000, 2002, 2004]);
    expect(missingYears(pts, 2001, 2001)).toEqual([]);
  });
  it('finds the extent whatever the order, and none for no points', () => {
    expect(yearExtent([{ year: 2010, value: 0 }, { year: 1999, value: 0 }, { year: 2005, value: 0 }])).toEqual([1999, 2010]);
    expect(yearExtent([{ year: 2010, value: 0 }])).toEqual([2010, 2010]);
    expect(yearExtent([])).toBeUndefined();
  });
});

describe('scales', () => {
  it('maps unclamped, and a collapsed domain to the middle of the range', () => {
    const s = linearScale([0, 10], [100, 200]);
    expect([s(0), s(5), s(10), s(20), s(-10)]).toEqual([100, 150, 200, 300, 0]);
    expect(linearScale([5, 5], [0, 100])(123)).toBe(50);
    expect(s.domain()).toEqual([0, 10]);
    expect(s.range()).toEqual([100, 200]);
  });
  it('ticks a reversed domain in its own order, ten by default', () => {
    expect(linearScale([10, 0], [0, 1]).ticks(2)).toEqual([10, 5, 0]);
    expect(linearScale([0, 10], [0, 1]).ticks()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('takes square roots, signed', () => {
    const s = sqrtScale([0, 100], [0, 10]);
    expect([s(0), s(25), s(100)]).toEqual([0, 5, 10]);
    expect(sqrtScale([-100, 100], [-10, 10])(-25)).toBe(-5);
  });
});

describe('keyboard and pointer navigation', () => {
  it.each([
    ['ArrowRight', null, 0], ['ArrowDown', 3, 4], ['ArrowRight', 9, 9],
    ['ArrowLeft', null, 0], ['ArrowUp', 0, 0], ['ArrowLeft', 5, 4],
    ['Home', 5, 0], ['End', null, 9],
    ['PageDown', null, 5], ['PageDown', 3, 8], ['PageDown', 7, 9],
    ['PageUp', null, 0], ['PageUp', 7, 2], ['PageUp', 3, 0],
    ['Enter', 3, null], ['a', null, null],
  ] as const)('%s from %s among 10 points → %s', (key, current, next) => {
    expect(keyStep(key, current, 10)).toBe(next);
  });
  it('does nothing without points', () => {
    expect(keyStep('ArrowRight', null, 0)).toBeNull();
  });
  it('picks the nearest point strictly within maxDistance, the first on a tie', () => {
    const pts = [{ x: 0, y: 0 }, { x: 10, y: 0 }];
    expect(nearestIndex(pts, 5, 0, Infinity, 1)).toBe(0);
    expect(nearestIndex(pts, 6, 0, Infinity, 1)).toBe(1);
    expect(nearestIndex(pts, 3, 0, 3, 1)).toBeNull();
    expect(nearestIndex(pts, 3, 0, 3.01, 1)).toBe(0);
    expect(nearestIndex([], 0, 0)).toBeNull();
    // Horizontal distance counts twice by default: 3 px across (6) loses to 5 px down.
    expect(nearestIndex([{ x: 3, y: 0 }, { x: 0, y: 5 }], 0, 0)).toBe(1);
  });
});

describe('figure numbers', () => {
  it('writes dollars as dollars, counts from a million in words, smaller counts plainly', () => {
    expect(figureNumber({ unit: 'usd', value: 2_700_000 })).toBe('$2.7 million');
    expect(figureNumber({ unit: 'records', value: 1_000_000 })).toBe('1 million');
    expect(figureNumber({ unit: 'records', value: 999_999 })).toBe('999,999');
    expect(figureNumber({ unit: 'records', value: 290_000_000 }, 'es')).toBe('290 millones');
  });
  it('puts the qualifier’s words before the number, and none where the words are empty', () => {
    const words = { exact: '', about: 'about', 'at-least': 'at least', 'more-than': 'more than' };
    expect(figureText({ unit: 'usd', value: 2_700_000, qualifier: 'more-than' }, words)).toBe('more than $2.7 million');
    expect(figureText({ unit: 'people', value: 280_000, qualifier: 'exact' }, words)).toBe('280,000');
  });
});
