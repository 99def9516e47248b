import { describe, expect, it } from 'vitest';
import { seriesPeak, seriesRecords, stateMax } from '../../src/lib/charts/deathsModel';
import type { DeathRecord } from '../../src/lib/data/deathsSchema';
import type { DeathsState } from '../../src/lib/charts/deathsState';

const rec = (series: DeathRecord['series'], year: number, value: number, alternatives: number[] = []): DeathRecord => ({
  id: `${series}-${year}`, series, year, value, source: 's', confidence: 'A', note: 'n/a',
  ...(alternatives.length ? { alternatives: alternatives.map((v) => ({ value: v, approximate: false, source: 's', note: 'other' })) } : {}),
});
const state = (series: DeathsState['series']): DeathsState => ({ id: 'compare', mode: 'iom', series, highlight: [] });

// Out of year order and mixed series on purpose.
const records = [rec('usbp', 2022, 895), rec('iom-usmx', 2022, 686, [1000]), rec('usbp', 1998, 263), rec('usbp-cbs', 2022, 1000), rec('usbp', 2005, 492, [500])];

describe('seriesRecords', () => {
  it('keeps one series, in year order', () => {
    expect(seriesRecords(records, 'usbp').map((r) => r.id)).toEqual(['usbp-1998', 'usbp-2005', 'usbp-2022']);
    expect(seriesRecords(records, 'usbp-cbs').map((r) => r.id)).toEqual(['usbp-cbs-2022']);
  });
});

describe('stateMax', () => {
  it('fits the axis to the largest value or alternative among the series the state draws, and nothing else', () => {
    expect(stateMax(records, state(['usbp']))).toBe(895);
    expect(stateMax([rec('usbp', 2005, 492, [900])], state(['usbp']))).toBe(900);
    expect(stateMax(records, state(['iom-usmx']))).toBe(1000);
    expect(stateMax(records, state(['usbp', 'usbp-cbs']))).toBe(1000);
    expect(stateMax([], state(['usbp']))).toBe(0);
  });
});

describe('seriesPeak', () => {
  it('finds the record with the highest value in a series, the earliest year on a tie', () => {
    expect(seriesPeak(records, 'usbp')?.id).toBe('usbp-2022');
    expect(seriesPeak([rec('usbp', 2021, 568), rec('usbp', 2017, 900), rec('usbp', 2019, 900)], 'usbp')?.id).toBe('usbp-2017');
    expect(seriesPeak(records, 'iom-usmx')?.id).toBe('iom-usmx-2022');
    expect(seriesPeak([], 'usbp')).toBeUndefined();
  });
});
