/**
 * `npm run data:route` refuses bad raw input: a missing path, an empty file, a wrong header,
 * a truncated file, non-numeric or negative totals, and a record count far below the last run's.
 * Each case exits non-zero with a message naming the file (and record) and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REQUIRED_COLUMNS, readExport } from '../../scripts/build-route-deaths';

const dir = mkdtempSync(join(tmpdir(), 'iom-export-'));
const header = [...REQUIRED_COLUMNS, 'URL'].join(',');
const row = (id: string, total = '2', year = '2021') => [id, 'Incident', 'North America', '2021-05-01', year, total, 'Drowning', 'US-Mexico border crossing', '"POINT (-110.9 31.3)"', 'https://example.org'].join(',');
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const good = [header, row('1'), row('2'), row('3')].join('\n');

describe('readExport (scripts/build-route-deaths.ts)', () => {
  it('reads a well-formed export', () => {
    expect(readExport(file('good.csv', good), null)).toHaveLength(3);
  });

  it.each([
    ['a missing path', () => join(dir, 'nope.csv'), /nope\.csv: no such file; expected the path of an IOM Missing Migrants export/],
    ['an empty file', () => file('empty.csv', '\n'), /empty\.csv: the file is empty/],
    ['a wrong header', () => file('header.csv', good.replace('Cause of Death', 'Cause')), /header\.csv: header has no column "Cause of Death"/],
    ['a header and no records', () => file('norecords.csv', header), /norecords\.csv: a header row and no records/],
    ['a truncated file', () => file('cut.csv', `${good}\n4,Incident,North Am`), /cut\.csv: record 4 \(Main ID "4"\): 3 fields; expected 10, one per column of the header \(is the file truncated\?\)/],
    ['a non-numeric total', () => file('text.csv', [header, row('1'), row('2', 'two')].join('\n')), /text\.csv: record 2 \(Main ID "2"\), column "Total Number of Dead and Missing": received "two"; expected a whole number/],
    ['a negative total', () => file('neg.csv', [header, row('1', '-3')].join('\n')), /neg\.csv: record 1 \(Main ID "1"\), column "Total Number of Dead and Missing": received -3; expected a number of people, 0 or more/],
    ['a year that is not a year', () => file('year.csv', [header, row('1', '2', '21')].join('\n')), /year\.csv: record 1 \(Main ID "1"\), column "Incident year": received "21"; expected a four-digit year/],
  ])('refuses %s', (_name, make, message) => {
    expect(() => readExport(make(), null)).toThrow(message);
  });

  it('refuses far fewer records than the last run, unless told the export really is smaller', () => {
    const path = file('short.csv', good);
    expect(() => readExport(path, 100)).toThrow(/short\.csv: 3 records, far below the 100 of the last run .* Pass --allow-shrink/);
    expect(readExport(path, 100, true)).toHaveLength(3);
    expect(readExport(path, 3)).toHaveLength(3);
  });
});

describe('npm run data:route on bad input', () => {
  const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
  it('exits non-zero with the message and leaves data/ untouched', () => {
    const before = ['data/route-deaths.json', 'data/route-incidents.json'].map(hash);
    const run = spawnSync(process.execPath, ['scripts/build-route-deaths.ts', file('neg2.csv', [header, row('9', '-1')].join('\n'))], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/data:route: .*neg2\.csv: record 1 \(Main ID "9"\).*\ndata:route: nothing was written\./);
    expect(['data/route-deaths.json', 'data/route-incidents.json'].map(hash)).toEqual(before);
  });
});
