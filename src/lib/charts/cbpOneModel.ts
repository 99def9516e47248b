/**
 * What the CBP One figure draws, derived from the dataset: the four figures of
 * the scarcity and shutdown panels, and the region-by-period table.
 */
import type { Figure } from '../data/figureSchema';
import type { GeofencePeriod } from '../data/cbpOneSchema';

/** The figure ids the panels draw, in one place so the data test can check they exist. */
export const PANEL_FIGURES = {
  slots: 'capacity-2023-06',
  people: 'demand-2024',
  made: 'appointments-2024-08',
  cancelled: 'cancelled-2025-01',
} as const;
export type PanelFigures = Record<keyof typeof PANEL_FIGURES, Figure>;

/** The panel figures, or an error naming the missing id (a renamed record must not silently blank a chart). */
export function panelFigures(figures: readonly Figure[]): PanelFigures {
  const out = {} as PanelFigures;
  for (const [key, id] of Object.entries(PANEL_FIGURES) as [keyof PanelFigures, string][]) {
    const f = figures.find((x) => x.id === id);
    if (!f) throw new Error(`cbp-one figure: received no figure with id "${id}"; expected one in data/cbp-one.json "figures"`);
    out[key] = f;
  }
  return out;
}

export interface RegionRow {
  /** Region or exception, as the sources name it. */
  label: string;
  /** Whether the row is an exception (a group of people) rather than a region. */
  exception: boolean;
  /** For each period, in order: could a person there book? */
  allowed: boolean[];
}

/** One row per region or exception named in any period, in order of first mention; a cell is true when that period allows it. */
export function regionRows(periods: readonly Pick<GeofencePeriod, 'regions' | 'exceptions'>[]): RegionRow[] {
  const rows: RegionRow[] = [];
  const add = (label: string, exception: boolean) => {
    if (!rows.some((r) => r.label === label)) rows.push({ label, exception, allowed: [] });
  };
  for (const p of periods) {
    p.regions.forEach((r) => add(r, false));
    p.exceptions.forEach((e) => add(e, true));
  }
  for (const row of rows) row.allowed = periods.map((p) => (row.exception ? p.exceptions : p.regions).includes(row.label));
  return rows;
}
