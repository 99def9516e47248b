import type { DeathRecord } from '../data/deathsSchema';
import type { DeathsState } from './deathsState';

/** The visual encoding of each series: colour token and a second channel (marker shape) for colour-blind readers. */
export const SERIES_STYLE = {
  usbp: { color: 'var(--c-usbp)', symbol: 'circle', dash: '' },
  'usbp-cbs': { color: 'var(--c-cbs)', symbol: 'square', dash: '4 3' },
  'iom-usmx': { color: 'var(--c-iom)', symbol: 'triangle', dash: '' },
} as const;

export type SeriesId = keyof typeof SERIES_STYLE;

/** Records of one series, sorted by year. */
export function seriesRecords(records: readonly DeathRecord[], series: SeriesId): DeathRecord[] {
  return records.filter((r) => r.series === series).sort((a, b) => a.year - b.year);
}

/** The largest value (including alternatives) among the series a state draws; the y-axis is fitted to it. */
export function stateMax(records: readonly DeathRecord[], state: DeathsState): number {
  let max = 0;
  for (const r of records) {
    if (!state.series.includes(r.series)) continue;
    max = Math.max(max, r.value, ...(r.alternatives ?? []).map((a) => a.value));
  }
  return max;
}

/** The record with the highest value in a series (for the chart description). */
export function seriesPeak(records: readonly DeathRecord[], series: SeriesId): DeathRecord | undefined {
  return seriesRecords(records, series).reduce<DeathRecord | undefined>((best, r) => (!best || r.value > best.value ? r : best), undefined);
}
