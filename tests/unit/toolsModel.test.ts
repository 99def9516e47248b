import { describe, expect, it } from 'vitest';
import { linkUsd, mechanismDash, primaryFigure } from '../../src/lib/charts/toolsModel';
import type { Figure } from '../../src/lib/data/figureSchema';

const fig = (id: string, unit: Figure['unit'], value: number, extra: Partial<Figure> = {}): Figure => ({ id, unit, value, qualifier: 'exact', label: 'test', source: 's', confidence: 'B', ...extra });

describe('linkUsd', () => {
  it('uses the value the story uses when sources disagree', () => {
    expect(linkUsd({ figures: [fig('a', 'usd', 17000000), fig('b', 'usd', 16800000, { storyUses: true })] })).toBe(16800000);
  });
  it('takes the largest payment when none is marked, and null when no dollar value was published', () => {
    expect(linkUsd({ figures: [fig('a', 'usd', 265000), fig('b', 'usd', 2700000), fig('c', 'years', 75)] })).toBe(2700000);
    expect(linkUsd({ figures: [fig('a', 'subpoenas', 500)] })).toBeNull();
  });
  it('finds the largest payment wherever it stands in the list', () => {
    expect(linkUsd({ figures: [fig('b', 'usd', 2700000), fig('a', 'usd', 265000)] })).toBe(2700000);
  });
});

describe('primaryFigure', () => {
  it('labels a flow with no contract by its first figure', () => {
    expect(primaryFigure({ figures: [fig('count', 'subpoenas', 500)] })?.id).toBe('count');
    expect(primaryFigure({ figures: [fig('r', 'records', 5), fig('u', 'usd', 6100000)] })?.id).toBe('u');
  });
  it('labels a flow by the figure the story uses, even when it is not a dollar value', () => {
    expect(primaryFigure({ figures: [fig('r', 'records', 5, { storyUses: true }), fig('u', 'usd', 6100000)] })?.id).toBe('r');
  });
  it('otherwise by the largest dollar value, not the first one', () => {
    expect(primaryFigure({ figures: [fig('small', 'usd', 265000), fig('large', 'usd', 2700000)] })?.id).toBe('large');
  });
  it('matches the largest payment among dollar figures only, not a count that happens to equal it', () => {
    expect(primaryFigure({ figures: [fig('count', 'records', 2700000), fig('usd', 'usd', 2700000)] })?.id).toBe('usd');
  });
});

describe('mechanismDash', () => {
  it('dashes subpoenas and leaves contracts solid', () => {
    expect([mechanismDash('subpoena'), mechanismDash('contract')]).toEqual(['6 4', undefined]);
  });
});
