import { describe, expect, it } from 'vitest';
import { elSalvadorChartData, visibleDetentions } from '../../src/lib/charts/elSalvadorModel';
import { parseElSalvador } from '../../src/lib/data/elSalvador';
import { SOURCE_IDS, validElSalvador } from '../fixtures/elsalvador/factory';

const parse = (change: (d: ReturnType<typeof validElSalvador>) => void = () => {}) => {
  const d = validElSalvador();
  change(d);
  return elSalvadorChartData(parseElSalvador(d, SOURCE_IDS));
};

describe('elSalvadorChartData', () => {
  it('slims the file to what the chart draws, with exact values', () => {
    const data = parse();
    expect(data.decreed).toBe('2022-03-27');
    expect(data.trigger).toEqual({ value: 62, qualifier: 'at-least', source: 'press-test' });
    expect(data.detentions).toEqual([
      { id: 'd-2022-04', date: '2022-04', value: 17000, qualifier: 'more-than', extension: 1, source: 'press-test', confidence: 'B' },
      { id: 'd-2023-03', date: '2023-03', value: 66000, qualifier: 'about', extension: null, source: 'press-test', confidence: 'B' },
      { id: 'd-2026-02', date: '2026-02-24', value: 91300, qualifier: 'more-than', extension: 48, source: 'efe-test', confidence: 'B' },
    ]);
    expect(data.extensions).toEqual([{ number: 1, approved: '2022-04' }, { number: 47, approved: '2026-01-29' }, { number: 48, approved: '2026-02' }]);
    expect(data.extensionsToDate).toEqual({ count: 48, asOf: '2026-02' });
    expect(data.others).toEqual([
      { id: 'rel', value: 8000, qualifier: 'more-than', reportedBy: 'government', source: 'press-test', date: '2026-02-25', kind: 'released' },
      { id: 'complaints', value: 6400, qualifier: 'more-than', reportedBy: 'NGOs', source: 'efe-test', date: '2026-02-24', kind: 'complaints' },
      { id: 'deaths', value: 480, qualifier: 'as-stated', reportedBy: 'NGOs', source: 'efe-test', date: '2026-02-24', kind: 'deaths-in-custody' },
    ]);
  });

  it('takes the trigger the story uses, else the first', () => {
    expect(parse((d) => delete (d.trigger[0] as { storyUses?: boolean }).storyUses).trigger.value).toBe(62);
    expect(parse((d) => {
      delete (d.trigger[0] as { storyUses?: boolean }).storyUses;
      (d.trigger[1] as { storyUses?: boolean }).storyUses = true;
    }).trigger).toEqual({ value: 80, qualifier: 'more-than', source: 'efe-test' });
  });

  it('shows the latest release, complaint count and death count, whatever their order in the file', () => {
    const data = parse((d) => {
      d.releases.unshift({ ...d.releases[0]!, id: 'rel-later', date: '2026-03', value: 9000 });
      d.releases.push({ ...d.releases[0]!, id: 'rel-earlier', date: '2024-05', value: 3000 });
      d.abuses.push({ ...d.abuses[0]!, id: 'complaints-earlier', date: '2025-01', value: 5000 });
      d.abuses.unshift({ ...d.abuses[1]!, id: 'deaths-later', date: '2026-03-01', value: 500 });
    });
    expect(data.others.map((o) => [o.kind, o.id])).toEqual([['released', 'rel-later'], ['complaints', 'complaints'], ['deaths-in-custody', 'deaths-later']]);
  });

  it('takes each kind’s latest from its own kind only, even when another kind is later', () => {
    const data = parse((d) => {
      d.abuses.push({ ...d.abuses[0]!, id: 'complaints-latest', date: '2026-04', value: 7000 });
    });
    expect(data.others.map((o) => [o.kind, o.id])).toEqual([['released', 'rel'], ['complaints', 'complaints-latest'], ['deaths-in-custody', 'deaths']]);
  });

  it('leaves out a kind of count the file does not have', () => {
    const data = parse((d) => {
      d.releases = [];
      d.abuses = d.abuses.filter((a) => a.kind !== 'complaints');
    });
    expect(data.others.map((o) => o.kind)).toEqual(['deaths-in-custody']);
  });
});

describe('visibleDetentions', () => {
  const records = [{ date: '2022-04' }, { date: '2023-03' }, { date: '2026-02-24' }];
  it('keeps the records dated up to `through` at their common precision, all when null', () => {
    expect(visibleDetentions(records, '2023-03')).toEqual([{ date: '2022-04' }, { date: '2023-03' }]);
    expect(visibleDetentions(records, '2023')).toEqual([{ date: '2022-04' }, { date: '2023-03' }]);
    expect(visibleDetentions(records, '2022-03-31')).toEqual([]);
    const all = visibleDetentions(records, null);
    expect(all).toEqual(records);
    expect(all).not.toBe(records);
  });
});
