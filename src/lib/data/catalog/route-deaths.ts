/** Catalog entry: data/route-deaths.json (IOM yearly totals by route and by region). */
import { CC_BY_4, defineDataset } from '../catalog';
import { loadRouteDeaths } from '../loadRouteDeaths';
import { SOURCES } from './shared';

export const routeDeaths = defineDataset({
  id: 'route-deaths',
  file: 'route-deaths.json',
  title: 'Dead and missing migrants in the Americas, per year, by route and by region',
  description:
    'Yearly totals computed from every record of the IOM Missing Migrants Project export for the Americas (from its first year to the snapshot date): incident records and dead and missing people, once by IOM migration route and once by IOM region of incident, and totals by cause category for each route over all years. The breakdowns count the same incidents more than once, so never add them together; the last year is partial. IOM’s figures are minimum estimates. Aggregated by us from IOM’s Missing Migrants Project data (CC BY 4.0).',
  licence: CC_BY_4,
  columns: [
    { name: 'breakdown', type: 'string', description: 'route (IOM “Migration Route”), region (IOM “Region of Incident”) or route-cause (one cause category on one route, all years together): three ways of cutting the same incidents.' },
    { name: 'key', type: 'string', description: 'The route or region as IOM spells it; “(none recorded)” when IOM left the route empty.' },
    { name: 'cause', type: 'string', description: 'route-cause rows: cause category (mixed-unknown, drowning, environment, vehicle, violence, sickness, accident, or multiple when IOM names two different causes).' },
    { name: 'year', type: 'integer', unit: 'year', description: 'Calendar year of the incidents; empty for route-cause rows (all years).' },
    { name: 'partial_year', type: 'boolean', description: 'true for the last year, which the snapshot covers only up to snapshot_end.' },
    { name: 'snapshot_end', type: 'date', description: 'Newest incident date in the IOM snapshot (day precision).' },
    { name: 'incidents', type: 'integer', unit: 'incident records', description: 'Number of IOM incident records.' },
    { name: 'dead_missing', type: 'integer', unit: 'people', description: 'Dead and missing people in those records (IOM’s minimum estimates).' },
    SOURCES,
  ],
  load: () => {
    const { sources: _registry, ...dataset } = loadRouteDeaths();
    return dataset;
  },
  rows: (d) => {
    const lastYear = Number(d.snapshotEnd.slice(0, 4));
    const flat = (breakdown: 'route' | 'region', groups: typeof d.byRoute) =>
      groups.flatMap((g) =>
        g.years.map((y) => ({
          breakdown,
          key: g.key,
          year: y.year,
          partial_year: y.year === lastYear,
          snapshot_end: d.snapshotEnd,
          incidents: y.incidents,
          dead_missing: y.deadMissing,
          sources: d.source,
        })),
      );
    const causes = (d.byRouteCause ?? []).flatMap((g) =>
      g.causes.map((c) => ({
        breakdown: 'route-cause',
        key: g.key,
        cause: c.cause,
        snapshot_end: d.snapshotEnd,
        incidents: c.incidents,
        dead_missing: c.deadMissing,
        sources: d.source,
      })),
    );
    return [...flat('route', d.byRoute), ...flat('region', d.byRegion), ...causes];
  },
  recordCount: (d) => [...d.byRoute, ...d.byRegion].reduce((n, g) => n + g.years.length, 0) + (d.byRouteCause ?? []).reduce((n, g) => n + g.causes.length, 0),
});
