import { describe, expect, it } from 'vitest';
import { loadDeaths, loadSources } from '../../src/lib/data/load';

describe('data/border-deaths.json', () => {
  const deaths = loadDeaths();

  it('parses with its schema and every source id resolves (the loader enforces both)', () => {
    expect(deaths.records.length).toBeGreaterThan(0);
  });

  it('keeps the series apart: the article’s 546 and 853 are Border Patrol internal counts, not CBP’s final ones', () => {
    const value = (id: string) => deaths.records.find((r) => r.id === id)?.value;
    expect([value('usbp-cbs-2021'), value('usbp-cbs-2022')]).toEqual([546, 853]);
    expect([value('usbp-2021'), value('usbp-2022'), value('usbp-2023')]).toEqual([568, 895, 704]);
  });

  it('has no record for a year for which we found no figure (gaps, never zero)', () => {
    const years = deaths.records.filter((r) => r.series === 'usbp').map((r) => r.year);
    for (const gap of [1999, 2001, 2002, 2003, 2006, 2009, 2010, 2011, 2012, 2013, 2024]) expect(years).not.toContain(gap);
    expect(deaths.records.every((r) => r.value > 0)).toBe(true);
  });

  it('uses the later, revised Border Patrol figure where a source gives one, and keeps the first report as an alternative', () => {
    const byId = (id: string) => deaths.records.find((r) => r.id === id)!;
    const revised: [string, number, number, string][] = [
      ['usbp-2015', 251, 240, 'latimes-2016-undercount'],
      ['usbp-2017', 298, 294, 'breitbart-2017-fy2017'],
      ['usbp-2020', 247, 254, 'cnn-2021-557'],
    ];
    for (const [id, later, first, firstSource] of revised) {
      const r = byId(id);
      expect(r.value, id).toBe(later);
      expect(r.alternatives, id).toContainEqual(expect.objectContaining({ value: first, source: firstSource }));
    }
    expect(byId('usbp-2018')).toMatchObject({ year: 2018, value: 283, source: 'insidehook-2019-cbp-1998-2018' });
  });

  it('cites CBP for the fiscal 2022 headline, keeping the other counts as alternatives', () => {
    const r = deaths.records.find((x) => x.id === 'usbp-2022')!;
    expect(r).toMatchObject({ value: 895, source: 'cbp-mortality-data' });
    expect(r.alternatives!.map((a) => a.value).sort()).toEqual([856, 880, 900]);
  });

  it('labels the Border Patrol series honestly: the latest figure we found, not the latest published', () => {
    const usbp = deaths.series.find((s) => s.id === 'usbp')!;
    expect(usbp.definition).toMatch(/latest figure we found/);
    expect(JSON.stringify(deaths)).not.toMatch(/latest published|no published figure/i);
  });

  it('says IOM figures are minimum estimates, as published at the time', () => {
    const iom = deaths.series.find((s) => s.id === 'iom-usmx')!;
    expect(iom.definition).toMatch(/as published at the time/);
    expect(iom.definition).toMatch(/minimum estimates/);
  });

  it('ranks fiscal 2022 highest, then 2023, then 2021 in the Border Patrol series', () => {
    const usbp = deaths.records.filter((r) => r.series === 'usbp').sort((a, b) => b.value - a.value);
    expect(usbp.slice(0, 3).map((r) => r.year)).toEqual([2022, 2023, 2021]);
  });

  it('marks which figure the story uses where sources disagree', () => {
    const disputed = deaths.records.filter((r) => r.alternatives?.length);
    expect(disputed.length).toBeGreaterThan(0);
    expect(deaths.records.filter((r) => r.storyUses).map((r) => r.id)).toEqual(
      expect.arrayContaining(['usbp-cbs-2021', 'usbp-cbs-2022', 'usbp-2021', 'usbp-2022']),
    );
  });
});

describe('data/sources.json', () => {
  const { sources } = loadSources();
  it('links only to original publishers, and says why when there is no link', () => {
    for (const s of sources) {
      expect(s.url ?? s.urlNote ?? s.note, `source ${s.id} has neither a URL nor a note`).toBeTruthy();
      if (s.url) expect(s.url, s.id).toMatch(/^https:\/\//);
      if (s.url) expect(s.url).not.toMatch(/headtopics|bajacaliforniapost|newsworldcity|gephardtdaily|6dtk|republicworld|fromermediagroup|heraldnet|yahoo/);
    }
  });
});
