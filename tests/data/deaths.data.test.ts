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

  it('has no record for a year with no published figure (gaps, never zero)', () => {
    const years = deaths.records.filter((r) => r.series === 'usbp').map((r) => r.year);
    for (const gap of [1999, 2018, 2024]) expect(years).not.toContain(gap);
    expect(deaths.records.every((r) => r.value > 0)).toBe(true);
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
      if (s.url) expect(s.url).not.toMatch(/headtopics|bajacaliforniapost|newsworldcity|gephardtdaily|6dtk|republicworld|fromermediagroup|heraldnet|yahoo/);
    }
  });
});
