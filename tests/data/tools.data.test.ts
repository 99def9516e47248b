import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { loadSurveillanceTools } from '../../src/lib/data/loadSurveillanceTools';
import { toolsSourceIds } from '../../src/lib/data/surveillanceTools';
import { datePrecision } from '../../src/lib/format/format';

describe('data/surveillance-tools.json', () => {
  const tools = loadSurveillanceTools();
  const figures = [...tools.links.flatMap((l) => l.figures), ...tools.ownership.flatMap((o) => o.figures), ...tools.context];

  it('parses with its schema, and every source id resolves (the loader enforces both)', () => {
    expect(tools.links.length).toBeGreaterThanOrEqual(6);
    expect(toolsSourceIds(tools).size).toBeGreaterThan(5);
  });

  it('covers every flow the story names: subpoenas, Babel X, LexisNexis to both agencies, Vigilant to both agencies', () => {
    expect(tools.links.map((l) => `${l.from}>${l.to}`).sort()).toEqual(
      ['babel-street>cbp', 'lexisnexis>cbp', 'lexisnexis>ice', 'tech-platforms>ice', 'vigilant>cbp', 'vigilant>ice'].sort(),
    );
  });

  it('keeps both LexisNexis–ICE values and marks the one the story uses', () => {
    const f = figures.find((x) => x.id === 'lexisnexis-ice-contract')!;
    expect([f.value, f.storyUses, f.alternatives?.map((a) => [a.value, a.qualifier])]).toEqual([16800000, true, [[17000000, 'more-than']]]);
  });

  it('dates Motorola’s purchase of Vigilant’s parent to its announcement, 7 January 2019, with a source, and drops the unsourced 2018', () => {
    const deal = tools.ownership.find((o) => o.id === 'motorola-vigilant')!;
    // `dates` holds the year each source gives (the chart writes it as is); the note carries the day.
    expect(deal.dates.map((d) => d.date)).toEqual(['2019']);
    expect(deal.dates[0]!.note).toMatch(/7 January 2019/);
    expect(deal.dates.every((d) => d.source)).toBe(true);
    expect(deal.storyUses).toBe('2019');
    expect(deal.figures[0]!.value).toBe(445_000_000);
    expect(JSON.stringify(tools.missing)).not.toMatch(/2018 or 2019/);
  });

  it('has only valid dates, events oldest first, and no negative figure', () => {
    for (const l of tools.links) {
      const dates = l.events.map((e) => e.date);
      expect(dates).toEqual([...dates].sort());
      for (const d of dates) expect(() => datePrecision(d)).not.toThrow();
    }
    for (const f of figures) expect(f.value).toBeGreaterThanOrEqual(0);
  });

  it('stays within its size budget of 16 KB', () => {
    expect(statSync('data/surveillance-tools.json').size).toBeLessThan(16 * 1024);
  });
});
