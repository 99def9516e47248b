import { describe, expect, it } from 'vitest';
import { parseDeaths } from '../../src/lib/data/deaths';
import { parseSources } from '../../src/lib/data/sources';
import { DatasetError } from '../../src/lib/data/errors';
import { MALFORMED, SOURCE_IDS, validDeaths } from '../fixtures/deaths/factory';

describe('parseDeaths', () => {
  it('accepts a valid file and keeps every record', () => {
    expect(parseDeaths(validDeaths(), SOURCE_IDS).records).toHaveLength(3);
  });

  it.each(MALFORMED)('rejects $name with file, record, field, received and expected', ({ make, message }) => {
    let error: unknown;
    try {
      parseDeaths(make(), SOURCE_IDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });
});

describe('parseSources', () => {
  const good = { id: 'gao-test', publisher: 'GAO', title: 'A report', kind: 'primary', language: 'en' };
  it('rejects two sources with one id', () => {
    expect(() => parseSources({ sources: [good, good] })).toThrow(
      'data/sources.json: source 1 (id "gao-test"), field "id": received "gao-test"; expected a value not already used by source 0.',
    );
  });
  it('rejects a source whose kind is neither primary nor secondary', () => {
    expect(() => parseSources({ sources: [{ ...good, kind: 'blog' }] })).toThrow(
      'data/sources.json: source 0 (id "gao-test"), field "kind": received "blog"; expected one of "primary", "secondary".',
    );
  });
  it.each(['2020-02-30', '2021-04-31', '2019-02-29'])('rejects the calendar-impossible date %s, naming the field', (date) => {
    expect(() => parseSources({ sources: [{ ...good, date }] })).toThrow(
      `data/sources.json: source 0 (id "gao-test"), field "date": received "${date}"; expected a real calendar date (no 30 February, no 31 April).`,
    );
  });
  it('accepts 29 February in a leap year', () => {
    expect(parseSources({ sources: [{ ...good, date: '2020-02-29' }] }).sources[0]!.date).toBe('2020-02-29');
  });
  it('rejects a URL that is not a URL', () => {
    expect(() => parseSources({ sources: [{ ...good, url: 'gao.gov' }] })).toThrow(/field "url": received "gao\.gov"; expected a string in the format url/);
  });
});
