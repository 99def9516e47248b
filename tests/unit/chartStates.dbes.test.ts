import { describe, expect, it } from 'vitest';
import { EL_SALVADOR_STATES, elSalvadorStateForStep } from '../../src/lib/charts/elSalvadorState';
import { DATABASES_STATES, databasesStateForStep } from '../../src/lib/charts/databasesState';
import { visibleDetentions } from '../../src/lib/charts/elSalvadorModel';
import { countSpan, storyLine } from '../../src/lib/charts/databasesModel';
import { spacedLabels, wrapWords } from '../../src/lib/charts/labelSpacing';
import { formatOrdinal } from '../../src/lib/charts/ordinal';
import { comparePartialDates, monthsBetween, partialDateToYear } from '../../src/lib/data/partialDate';
import { isApproximate, isLowerBound } from '../../src/lib/data/countQualifier';
import { loadElSalvador } from '../../src/lib/data/loadElSalvador';
import { loadBiometricDatabases } from '../../src/lib/data/loadBiometricDatabases';

describe('elSalvadorStateForStep', () => {
  it.each([
    [0, 'declared'],
    [1, 'one-year'],
    [2, 'to-2026'],
    [3, 'abuses'],
    [-3, 'declared'],
    [42, 'abuses'],
    [Number.NaN, 'declared'],
    [2.9, 'to-2026'],
  ])('maps step %s to state %s, clamping out-of-range steps', (step, id) => {
    expect(elSalvadorStateForStep(step).id).toBe(id);
  });

  it('has exactly four states with unique ids, only the last showing abuses', () => {
    expect(EL_SALVADOR_STATES).toHaveLength(4);
    expect(new Set(EL_SALVADOR_STATES.map((s) => s.id)).size).toBe(4);
    expect(EL_SALVADOR_STATES.map((s) => s.abuses)).toEqual([false, false, false, true]);
  });

  it('names only records that exist in the real dataset', () => {
    const ids = new Set(loadElSalvador().detentions.map((d) => d.id));
    for (const s of EL_SALVADOR_STATES) for (const id of [...s.highlight, ...s.cite]) expect(ids.has(id), id).toBe(true);
  });

  it('reveals detentions step by step: first more than 17,000, then about 66,000, then all', () => {
    const { detentions } = loadElSalvador();
    const last = (step: number) => visibleDetentions(detentions, elSalvadorStateForStep(step).through).at(-1)!;
    expect([last(0).value, last(1).value, last(2).value]).toEqual([17_000, 66_000, 91_300]);
  });
});

describe('databasesStateForStep', () => {
  it.each([
    [0, 'ident-growth'],
    [1, 'hart-schedule'],
    [2, 'risks'],
    [-1, 'ident-growth'],
    [9, 'risks'],
    [Number.POSITIVE_INFINITY, 'risks'], // past the last step: the last state (stepIndex)
  ])('maps step %s to state %s, clamping out-of-range steps', (step, id) => {
    expect(databasesStateForStep(step).id).toBe(id);
  });

  it('has exactly three states, each a different scene, naming records that exist', () => {
    expect(DATABASES_STATES.map((s) => s.scene)).toEqual(['growth', 'schedule', 'risks']);
    const d = loadBiometricDatabases();
    const ids = new Set([...d.ident.counts, ...d.hart.schedule.milestones, ...d.hart.risks].map((r) => r.id));
    for (const s of DATABASES_STATES) for (const id of s.highlight) expect(ids.has(id), id).toBe(true);
  });

  it('joins only official story counts in the main line, so the vendor claim stays apart', () => {
    const line = storyLine(loadBiometricDatabases().ident.counts);
    expect(line.every((c) => c.claimKind === 'official')).toBe(true);
    expect(line[0]!.identities.value).toBe(150_000_000);
    expect(line.at(-1)!.identities.value).toBe(290_000_000);
  });
});

describe('layout and date helpers', () => {
  it.each([
    ['2025', '2025-07', 0],
    ['2025-06', '2025-07-01', -1],
    ['2026-01-29', '2025-10-29', 1],
  ])('compares %s with %s at their common precision', (a, b, expected) => {
    expect(comparePartialDates(a, b)).toBe(expected);
  });

  it('counts 33 months from 31 December 2020 to 30 September 2023 (GAO’s slip)', () => {
    expect(monthsBetween('2020-12-31', '2023-09-30')).toBe(33);
  });

  it.each([
    ['2016', 2016.5],
    ['2022-03', 2022 + 2.5 / 12],
    ['2022-01-01', 2022 + 0.5 / 31 / 12],
  ])('places %s at the middle of the period it names', (iso, year) => {
    expect(partialDateToYear(iso)).toBeCloseTo(year, 6);
  });

  it('spans an undated record from the start of its first year to the end of its last', () => {
    expect(countSpan({ date: '2016', dateLatest: '2017' })).toEqual({ from: 2016, mid: 2017, to: 2018 });
    expect(countSpan({ date: '2016' }).from).toBe(countSpan({ date: '2016' }).to);
  });

  it('spans a record dated to the month from the middle of its first month to the middle of its last (no half-year added)', () => {
    const span = countSpan({ date: '2019-03', dateLatest: '2019-06' });
    expect(span.from).toBeCloseTo(2019 + 2.5 / 12, 9);
    expect(span.to).toBeCloseTo(2019 + 5.5 / 12, 9);
    expect(span.mid).toBeCloseTo(2019 + 4 / 12, 9);
  });

  it('joins only the official counts the story uses', () => {
    const counts = [
      { id: 'a', claimKind: 'official', storyUses: true },
      { id: 'b', claimKind: 'official', storyUses: false },
      { id: 'c', claimKind: 'vendor', storyUses: true },
      { id: 'd', claimKind: 'official', storyUses: true },
    ] as const;
    expect(storyLine(counts).map((c) => c.id)).toEqual(['a', 'd']);
  });

  it('keeps the last label and drops those closer than the gap', () => {
    expect(spacedLabels([10, 20, 100, 105, 130], 22)).toEqual([1, 3, 4]);
    expect(spacedLabels([], 22)).toEqual([]);
  });

  it('wraps words into lines no longer than the limit', () => {
    expect(wrapWords('Children mismatched as they age', 12)).toEqual(['Children', 'mismatched', 'as they age']);
  });

  it.each([
    [1, '1st'],
    [12, '12th'],
    [43, '43rd'],
    [44, '44th'],
    [48, '48th'],
  ])('writes %s as the ordinal %s', (n, text) => {
    expect(formatOrdinal(n)).toBe(text);
  });

  it('tells floors from approximations', () => {
    expect([isLowerBound('more-than'), isLowerBound('at-least'), isLowerBound('about')]).toEqual([true, true, false]);
    expect([isApproximate('about'), isApproximate('nearly'), isApproximate('as-stated')]).toEqual([true, true, false]);
  });
});
