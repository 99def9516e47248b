import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset, Row } from '../../src/lib/data/catalog';

/**
 * Rows of catalog entries for cases the committed data does not hold (an ownership whose story
 * uses both dates, a record with two corroborating sources), built from an edited copy of the
 * file (SB_DATA_DIR). Each test imports the catalog afresh: an entry memoises its build, so a
 * test that reused an earlier build would never run the entry's `rows` again.
 */
type Raw = any;
const saved = process.env.SB_DATA_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.SB_DATA_DIR;
  else process.env.SB_DATA_DIR = saved;
  // Test files share their worker's modules (vitest.config.ts `isolate: false`): leave none
  // memoised on edited data for the files that run next.
  vi.resetModules();
});

async function freshEntry(id: string, file?: string, edit?: (d: Raw) => void): Promise<Dataset> {
  if (file && edit) {
    const dir = mkdtempSync(join(tmpdir(), 'sb-catalog-rows-'));
    copyFileSync('data/sources.json', join(dir, 'sources.json'));
    const d = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
    edit(d);
    writeFileSync(join(dir, file), JSON.stringify(d));
    process.env.SB_DATA_DIR = dir;
  }
  vi.resetModules();
  const { datasetById } = await import('../../src/lib/data/catalogEntries');
  return datasetById(id)!;
}
const rowsOf = (entry: Dataset, type?: string): Row[] => entry.build().rows.filter((r) => type === undefined || r.record_type === type);

describe('catalog rows for cases the committed data lacks', () => {
  it('surveillance-tools: an ownership whose story uses both dates marks both; one that uses a date marks only that one', async () => {
    const extraDate = (o: Raw) => o.dates.push({ date: '2020-05', source: o.dates[0].source, note: 'A second date for the test.' });
    const both = await freshEntry('surveillance-tools', 'surveillance-tools.json', (d) => {
      extraDate(d.ownership[0]);
      d.ownership[0].storyUses = 'both';
    });
    expect(rowsOf(both, 'ownership-date').map((r) => [r.date, r.story_uses])).toEqual([['2019', true], ['2020-05', true]]);
    const one = await freshEntry('surveillance-tools', 'surveillance-tools.json', (d) => {
      extraDate(d.ownership[0]);
      d.ownership[0].storyUses = '2020-05';
    });
    expect(rowsOf(one, 'ownership-date').map((r) => [r.date, r.story_uses])).toEqual([['2019', false], ['2020-05', true]]);
  });

  it('border-deaths: several corroborating sources share one cell, separated by ";"', async () => {
    const entry = await freshEntry('border-deaths', 'border-deaths.json', (d) => {
      d.records.find((r: Raw) => r.id === 'usbp-2005').corroboratingSources = ['usatoday-2021-epic', 'insidehook-2019-cbp-1998-2018'];
    });
    const row = rowsOf(entry).find((r) => r.id === 'usbp-2005' && r.alternative === false)!;
    expect(row.corroborating_sources).toBe('usatoday-2021-epic;insidehook-2019-cbp-1998-2018');
  });

  it('biometric-databases: cites a source that a count only reports on (named nowhere else in the file)', async () => {
    const entry = await freshEntry('biometric-databases', 'biometric-databases.json', (d) => {
      d.ident.counts.find((c: Raw) => c.reports).reports = 'cato-fences';
    });
    expect(entry.build().sourceIds).toContain('cato-fences');
  });
});

describe('catalog rows of the committed data, built afresh', () => {
  it('cbp-one: the geofence-radius row cites the source of every geofence period, each once', async () => {
    const entry = await freshEntry('cbp-one');
    const periods = (entry.build().data as Raw).geofence.periods as { source: string }[];
    const [row] = rowsOf(entry, 'geofence-radius');
    const cited = String(row!.sources).split(';');
    expect(new Set(cited)).toEqual(new Set(periods.map((p) => p.source)));
    expect(cited).toHaveLength(new Set(cited).size);
    expect(cited.length).toBeGreaterThan(1);
  });

  it('biometric-databases: a count row joins its date note and its note with " — ", skipping the measure’s missing note', async () => {
    const entry = await freshEntry('biometric-databases');
    const counts = (entry.build().data as Raw).ident.counts as Raw[];
    const dated = counts.find((c) => c.dateNote && c.note && !c.identities.note)!;
    const row = rowsOf(entry, 'ident-count').find((r) => r.id === dated.id && r.measure === 'identities')!;
    expect(row.note).toBe(`${dated.dateNote} — ${dated.note}`);
  });

  it('biometric-databases: cites the sources a count reports on and those a missing figure is claimed by', async () => {
    const entry = await freshEntry('biometric-databases');
    const data = entry.build().data as Raw;
    const expected = [...data.ident.counts.flatMap((c: Raw) => (c.reports ? [c.reports] : [])), ...data.ident.notFound.map((n: Raw) => n.claimedBy)];
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) expect(entry.build().sourceIds).toContain(id);
  });
});
