import { describe, expect, it } from 'vitest';
import { binIncidents } from '../../src/lib/charts/routeMapModel';
import type { IncidentPoint } from '../../src/lib/data/routeDeathsSchema';

/**
 * The weighted mean with weights that tell it apart: a plain mean, or a mean weighted the other
 * way round, lands somewhere else. (The older test's weights 1, 3, 2 give the same two decimals
 * weighted or not.)
 */
const inc = (id: string, lon: number, lat: number, deadMissing: number, extra: Partial<IncidentPoint> = {}): IncidentPoint => ({
  id, lon, lat, year: 2019, deadMissing, cause: 'environment', country: 'MEX', ...extra,
});

describe('binIncidents weighs each incident by its dead and missing', () => {
  const [cell] = binIncidents([inc('2019.MMP00001', -100.01, 20.01, 1), inc('2019.MMP00002', -100.19, 20.19, 9)], 0.2);

  it('puts the cell nine tenths of the way to the incident with nine of its ten dead', () => {
    expect(cell!.at).toEqual([-100.17, 20.17]); // (−100.01·1 − 100.19·9) / 10; a plain mean would be [−100.1, 20.1]
    expect(cell!.incidents).toBe(2);
    expect(cell!.byYear.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('takes the cell’s country from its largest incident, the lower id on a tie', () => {
    const [a] = binIncidents([inc('2019.MMP00001', -100.01, 20.01, 1, { country: 'GTM' }), inc('2019.MMP00002', -100.19, 20.19, 9)], 0.2);
    expect(a!.country).toBe('MEX');
    const [b] = binIncidents([inc('2019.MMP00002', -100.01, 20.01, 3, { country: 'GTM' }), inc('2019.MMP00001', -100.19, 20.19, 3)], 0.2);
    expect(b!.country).toBe('MEX');
  });

  it('leaves out years outside the map’s range', () => {
    expect(binIncidents([inc('2013.MMP00001', -100.01, 20.01, 4, { year: 2013 })], 0.2)).toEqual([]);
  });

  it('puts incidents one cell apart in two cells', () => {
    expect(binIncidents([inc('2019.MMP00001', -100.01, 20.01, 1), inc('2019.MMP00002', -100.21, 20.01, 1)], 0.2)).toHaveLength(2);
  });
});
