/**
 * Edges of src/lib/data/catalog.ts that tests/unit/catalog.test.ts and csvInjection.test.ts leave open:
 *  - the site licence is CC BY 4.0 under its SPDX id, official name, short form and canonical URL (published in every .meta.json);
 *  - a citation key ends in Source(s): "…SourcesNote" is not one;
 *  - citedIds keeps the string ids of a citation array and drops anything else in it;
 *  - only a text cell that starts with a formula character is neutralised (not one that holds it later, nor plain text);
 *  - buildMeta's error for a source missing from the registry names the data file and "the file" as the record.
 */
import { describe, expect, it } from 'vitest';
import { buildMeta, CC_BY_4, citedIds, defineDataset, isCitationKey, neutraliseCell } from '../../src/lib/data/catalog';

describe('the site licence', () => {
  it('is Creative Commons Attribution 4.0 with its SPDX id and canonical URL', () => {
    expect(CC_BY_4).toEqual({
      id: 'CC-BY-4.0',
      name: 'Creative Commons Attribution 4.0 International',
      short: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });
});

describe('citation keys and ids', () => {
  it('reads a key as a citation only when it ends in Source or Sources', () => {
    expect(['dateSource', 'otherSources', 'otherSourcesNote', 'sourceNote'].map(isCitationKey)).toEqual([true, true, false, false]);
  });
  it('keeps only the strings of a citation array', () => {
    expect(citedIds({ sources: ['a', 5, null, { id: 'b' }] })).toEqual(['a']);
  });
});

describe('neutraliseCell', () => {
  it('leaves plain text and text with a formula character after the start alone', () => {
    expect(['plain', 'a=b', 'x-1', 'n@m'].map(neutraliseCell)).toEqual(['plain', 'a=b', 'x-1', 'n@m']);
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
  });
});

describe('buildMeta: a source missing from the registry', () => {
  it('names the data file and the file as a whole', () => {
    const entry = defineDataset({
      id: 'test',
      file: 'test.json',
      title: 'Test',
      description: 'A test dataset.',
      licence: CC_BY_4,
      columns: [{ name: 'id', type: 'string', description: 'Key.' }],
      load: () => ({ records: [{ id: 'a', source: 'ghost' }] }),
      rows: (d: { records: { id: string }[] }) => d.records.map((r) => ({ id: r.id })),
    });
    const info = { version: 'v', buildDate: '2026-11-27', siteUrl: 'https://example.org', siteTitle: 'Smart Borders' };
    expect(() => buildMeta(entry, entry.build(), [], info)).toThrow(
      'data/test.json: the file, field "source": received "ghost"; expected the id of a source in data/sources.json.',
    );
  });
});
