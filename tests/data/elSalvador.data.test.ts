import { describe, expect, it } from 'vitest';
import { loadElSalvador } from '../../src/lib/data/loadElSalvador';
import { comparePartialDates } from '../../src/lib/data/partialDate';
import { statSync } from 'node:fs';

describe('data/el-salvador-exception.json', () => {
  const d = loadElSalvador();

  it('parses with its schema; every source id resolves (the loader enforces both)', () => {
    expect(d.detentions.length).toBeGreaterThanOrEqual(6);
  });

  it('dates the decree to 27 March 2022 and keeps both homicide counts that preceded it', () => {
    expect(d.decree.date).toBe('2022-03-27');
    const byId = Object.fromEntries(d.trigger.map((t) => [t.id, t]));
    expect(byId['homicides-62']).toMatchObject({ value: 62, qualifier: 'at-least', storyUses: true });
    expect(byId['homicides-80']).toMatchObject({ value: 80, qualifier: 'more-than' });
  });

  it('holds cumulative detentions in date order that never decrease, from more than 17,000 to more than 91,300', () => {
    const values = d.detentions.map((r) => r.value);
    for (let i = 1; i < values.length; i++) {
      expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]!);
      expect(comparePartialDates(d.detentions[i]!.date, d.detentions[i - 1]!.date)).toBeGreaterThanOrEqual(0);
    }
    expect(d.detentions[0]).toMatchObject({ value: 17_000, qualifier: 'more-than' });
    expect(d.detentions.at(-1)).toMatchObject({ value: 91_300, qualifier: 'more-than', extension: 48 });
  });

  it('records the 47th extension’s vote (57 of 60) and 48 extensions by early 2026', () => {
    expect(d.extensions.find((e) => e.number === 47)?.votes).toEqual({ for: 57, of: 60 });
    expect(d.extensionsToDate.count).toBe(48);
  });

  it('records complaints and deaths in custody with who counted them', () => {
    const kinds = Object.fromEntries(d.abuses.map((a) => [a.kind, a]));
    expect(kinds['complaints']).toMatchObject({ value: 6_400, qualifier: 'more-than' });
    expect(kinds['deaths-in-custody']).toMatchObject({ value: 480 });
    expect(d.abuses.every((a) => a.reportedBy.length > 0)).toBe(true);
  });

  it('cites Spanish-language sources as Spanish', () => {
    const lang = new Map(d.sources.map((s) => [s.id, s.language]));
    for (const r of d.detentions) expect(lang.get(r.source)).toBe('es');
  });

  it('stays within its 16 KB size budget', () => {
    expect(statSync('data/el-salvador-exception.json').size).toBeLessThan(16 * 1024);
  });
});

describe('sources added for these datasets', () => {
  const { sources } = loadElSalvador();
  it('link only to original publishers; copies and aggregators get a note instead', () => {
    for (const s of sources) if (s.url) expect(s.url).not.toMatch(/omb\.report|blogspot|mexico724|quierotvecuador|imagenpoblana|kittens\.eff/);
    for (const id of ['mexico724-2022-decree', 'nextgov-2019-hart-aws', 'quierotv-2022-04-extension']) {
      const s = sources.find((x) => x.id === id)!;
      expect(s.url).toBeUndefined();
      expect(s.urlNote).toBeTruthy();
    }
  });
});
