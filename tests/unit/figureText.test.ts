import { describe, expect, it } from 'vitest';
import { figureNumber, figureText, wrapWords } from '../../src/lib/charts/figureText';

const words = { exact: '', about: 'about', 'at-least': 'at least', 'more-than': 'more than' } as const;

describe('figureText', () => {
  it.each([
    [{ unit: 'usd', value: 2700000, qualifier: 'more-than' }, 'more than $2.7 million'],
    [{ unit: 'usd', value: 265000, qualifier: 'exact' }, '$265,000'],
    [{ unit: 'records', value: 2800000000, qualifier: 'at-least' }, 'at least 2.8 billion'],
    [{ unit: 'people', value: 280000, qualifier: 'about' }, 'about 280,000'],
    [{ unit: 'appointments-per-day', value: 1450, qualifier: 'exact' }, '1,450'],
  ] as const)('keeps the source’s wording for %o', (f, text) => {
    expect(figureText(f, words)).toBe(text);
  });

  it('formats numbers for Spanish readers too', () => {
    expect(figureNumber({ unit: 'people', value: 280000 }, 'es')).toBe('280,000');
  });
});

describe('wrapWords', () => {
  it('breaks at word boundaries and keeps a long word whole', () => {
    expect(wrapWords('LexisNexis Risk Solutions', 16)).toEqual(['LexisNexis Risk', 'Solutions']);
    expect(wrapWords('Supercalifragilistic word', 8)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrapWords('', 8)).toEqual([]);
  });
});
