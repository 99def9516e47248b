import { describe, expect, it } from 'vitest';
import { PANEL_FIGURES, panelFigures, regionRows } from '../../src/lib/charts/cbpOneModel';
import type { Figure } from '../../src/lib/data/figureSchema';

const fig = (id: string, value: number): Figure => ({ id, unit: 'people', value, qualifier: 'exact', label: 'test', source: 's', confidence: 'B' });

describe('regionRows', () => {
  it('adds the regions of a later period as rows the earlier period does not allow', () => {
    const rows = regionRows([
      { regions: ['central Mexico', 'northern Mexico'], exceptions: [] },
      { regions: ['central Mexico', 'northern Mexico', 'Chiapas', 'Tabasco'], exceptions: ['Mexican nationals'] },
    ]);
    expect(rows.map((r) => [r.label, r.exception, r.allowed])).toEqual([
      ['central Mexico', false, [true, true]],
      ['northern Mexico', false, [true, true]],
      ['Chiapas', false, [false, true]],
      ['Tabasco', false, [false, true]],
      ['Mexican nationals', true, [false, true]],
    ]);
  });
});

describe('panelFigures', () => {
  it('picks each panel’s figure by id', () => {
    const all = Object.values(PANEL_FIGURES).map((id, i) => fig(id, i));
    expect(panelFigures(all).cancelled.id).toBe(PANEL_FIGURES.cancelled);
  });
  it('names the missing id instead of drawing an empty panel', () => {
    expect(() => panelFigures([fig('demand-2024', 1)])).toThrow('received no figure with id "capacity-2023-06"');
  });
});
