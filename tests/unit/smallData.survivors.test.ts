/**
 * Edges of small helpers in src/lib/data that their main tests leave open:
 *  - sourceLine (a figure's source line) drops ids the registry does not hold and prefers the translated publisher's language;
 *  - tidyPath is the published URL of a tidy CSV, /data/<id>/<kind>.csv;
 *  - findDuplicateKey reads escaped quotes inside keys (jsonText.ts);
 *  - isRealDate accepts a date known to the year or month only, and rejects a day past the month's end (partialDates.ts).
 */
import { describe, expect, it } from 'vitest';
import { sourceLine, type RegistrySource } from '../../src/lib/data/sourceRefs';
import { tidyPath } from '../../src/lib/data/tidy';
import { findDuplicateKey } from '../../src/lib/data/jsonText';
import { isRealDate } from '../../src/lib/data/partialDates';

describe('sourceLine', () => {
  const all: RegistrySource[] = [
    { id: 'a', publisher: 'GAO', title: 'Report', kind: 'primary', language: 'en' },
    { id: 'b', publisher: 'Mestios (agregador de noticias)', title: 'Nota', kind: 'secondary', language: 'en', publisherLanguage: 'es' },
  ];
  it('lists the cited sources the registry holds, in citation order, with the publisher language', () => {
    expect(sourceLine(all, ['b', 'ghost', 'a'])).toEqual([
      { id: 'b', publisher: 'Mestios (agregador de noticias)', language: 'es' },
      { id: 'a', publisher: 'GAO', language: 'en' },
    ]);
  });
});

describe('tidyPath', () => {
  it('puts a tidy CSV under its dataset folder', () => {
    expect(tidyPath('border-deaths', 'incidents')).toBe('/data/border-deaths/incidents.csv');
  });
});

describe('findDuplicateKey with escaped quotes in keys', () => {
  it('reads a key holding an escaped quote whole', () => {
    expect(findDuplicateKey('{"a\\"b":1,"a\\"b":2}')).toEqual({ path: '(top level)', key: 'a"b' });
    expect(findDuplicateKey('{"a\\"b":1,"a":2}')).toBeNull();
  });
});

describe('isRealDate', () => {
  it.each([
    ['2019', true],
    ['2019-05', true],
    ['2019-04-30', true],
    ['2019-04-31', false],
    ['2019-02-29', false],
  ])('judges %s as %s', (date, ok) => expect(isRealDate(date)).toBe(ok));
});
