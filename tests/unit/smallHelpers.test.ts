import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citedSources, sourceHref } from '../../src/lib/data/sourceRefs';
import { readJson } from '../../src/lib/data/load';
import { datasetById, CATALOG } from '../../src/lib/data/catalogEntries';
import { fileBytes, publishedDatasets } from '../../src/lib/data/downloads';
import { databasesSourceIds } from '../../src/lib/charts/databasesModel';
import { elSalvadorSourceIds } from '../../src/lib/charts/elSalvadorModel';
import { formatOrdinal } from '../../src/lib/charts/ordinal';
import type { Source } from '../../src/lib/data/sourceSchema';

/** Helpers that no other test reached (coverage found them), each held to what its doc comment says. */
describe('sourceRefs', () => {
  const all: Source[] = [
    { id: 'a', publisher: 'GAO', title: 'Report', date: '2020-01', kind: 'primary', language: 'en', url: 'https://x.example' },
    { id: 'b', publisher: 'CBS', title: 'Story', kind: 'secondary', language: 'en' },
    { id: 'c', publisher: 'IOM', title: 'Data', kind: 'primary', language: 'en' },
  ];
  it('keeps only the cited sources, with publisher, title and a date only when there is one', () => {
    expect(citedSources(all, ['b', 'a', 'zzz'])).toEqual({ a: { publisher: 'GAO', title: 'Report', date: '2020-01' }, b: { publisher: 'CBS', title: 'Story' } });
    expect('date' in citedSources(all, ['b']).b!).toBe(false);
    expect(citedSources(all, [])).toEqual({});
  });
  it('links a source to its anchor on the sources page of the page’s edition', () => {
    expect(sourceHref('gao-1')).toBe('/sources/#src-gao-1');
    expect(sourceHref('gao-1', 'en')).toBe('/sources/#src-gao-1');
    expect(sourceHref('gao-1', 'es')).toBe('/es/sources/#src-gao-1');
  });
});

describe('readJson', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-readjson-'));
  mkdirSync(join(dir, 'd'));
  writeFileSync(join(dir, 'd/bad.json'), '{ "a": ');
  writeFileSync(join(dir, 'd/good.json'), '{ "a": 1 }');
  it('reads a file relative to the root it is given', () => {
    expect(readJson('d/good.json', dir)).toEqual({ a: 1 });
  });
  it('names the file when it cannot be read, and when its JSON is broken', () => {
    expect(() => readJson('d/missing.json', dir)).toThrow(`d/missing.json: the file, field "(file)": received ENOENT: no such file or directory, open '${join(dir, 'd/missing.json')}'; expected a readable JSON file.`);
    expect(() => readJson('d/bad.json', dir)).toThrow(/^d\/bad\.json: the file, field "\(JSON syntax\)": received .*JSON.*; expected valid JSON\.$/);
  });
});

describe('catalog lookups', () => {
  it('finds an entry by id and names every id when asked for an unknown one', () => {
    expect(datasetById('cbp-one').file).toBe('cbp-one.json');
    expect(() => datasetById('nope')).toThrow(`data catalog: received "nope"; expected one of ${CATALOG.map((d) => d.id).join(', ')}.`);
  });
  it('publishes every entry that is not withheld, and measures the committed file', () => {
    expect(publishedDatasets()).toEqual(CATALOG.filter((d) => !d.withheld));
    expect(fileBytes(datasetById('route-deaths'))).toBeGreaterThan(1000);
  });
});

describe('the charts’ source ids', () => {
  it('lists each source a chart cites once', () => {
    const r = (source: string) => ({ source });
    expect(databasesSourceIds({ counts: [r('a'), r('b')], milestones: [r('a')], slips: [r('c')], facts: [], risks: [r('d')] } as never)).toEqual(['a', 'b', 'c', 'd']);
    expect(elSalvadorSourceIds({ trigger: r('t'), detentions: [r('a'), r('t')], others: [r('b'), r('a')] } as never)).toEqual(['t', 'a', 'b']);
  });
});

describe('formatOrdinal', () => {
  it.each([
    [1, 'en', '1st'], [2, 'en', '2nd'], [3, 'en', '3rd'], [4, 'en', '4th'], [11, 'en', '11th'], [12, 'en', '12th'], [13, 'en', '13th'], [21, 'en', '21st'], [43, 'en', '43rd'],
    [48, 'es', '48.ª'], [1, 'es', '1.ª'],
  ] as const)('%d in %s → %s', (n, lang, out) => {
    expect(formatOrdinal(n, lang)).toBe(out);
  });
  it('writes English by default', () => {
    expect(formatOrdinal(2)).toBe('2nd');
  });
  it('chooses the English suffix as Intl.PluralRules (ordinal) does, 0 to 1,200', () => {
    const rules = new Intl.PluralRules('en-US', { type: 'ordinal' });
    const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
    const wrong = Array.from({ length: 1201 }, (_, n) => n).filter((n) => formatOrdinal(n, 'en') !== `${n}${suffix[rules.select(n)]}`);
    expect(wrong).toEqual([]);
  });
});
