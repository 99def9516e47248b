/** Catalog entry: data/route-incidents.json (IOM incidents placed on the route map). */
import { CC_BY_4, defineDataset } from '../catalog';
import { loadRouteIncidents } from '../loadRouteDeaths';
import { CAUSE_LABELS_IOM } from '../routeDeathsSchema';
import { SOURCES } from './shared';

export const routeIncidents = defineDataset({
  id: 'route-incidents',
  file: 'route-incidents.json',
  title: 'Dead and missing migrants on the route map, one row per incident',
  description:
    'Incidents from the IOM Missing Migrants Project export for the Americas whose coordinates fall inside the route map’s frame (Central America to the U.S. border), with year, dead and missing, cause and country. Records outside the frame or without coordinates are left out; the JSON lists how many under “dropped”. Selected and simplified by us (coordinates rounded, causes grouped) from IOM’s Missing Migrants Project data (CC BY 4.0).',
  licence: CC_BY_4,
  // Thousands of small points: indentation would make the download over half again as large.
  jsonLayout: 'compact',
  columns: [
    { name: 'id', type: 'string', description: 'IOM’s “Main ID” (e.g. 2014.MMP00001), traceable in the IOM export.' },
    { name: 'year', type: 'integer', unit: 'year', description: 'Calendar year of the incident.' },
    { name: 'lon', type: 'number', unit: 'degrees east (WGS 84)', description: 'Longitude, rounded to 2 decimals (about 1 km); negative in the Americas.' },
    { name: 'lat', type: 'number', unit: 'degrees north (WGS 84)', description: 'Latitude, rounded to 2 decimals (about 1 km).' },
    { name: 'dead_missing', type: 'integer', unit: 'people', description: 'Dead and missing people in the incident (IOM’s minimum estimate; at least 1).' },
    { name: 'cause', type: 'string', description: 'Cause category: mixed-unknown, drowning, environment, vehicle, violence, sickness, accident, or multiple (more than one cause).' },
    { name: 'cause_iom', type: 'string', description: 'IOM’s wording of the cause; empty for multiple.' },
    { name: 'country', type: 'string', description: 'ISO 3166-1 alpha-3 code of the country containing the point (or the nearest, just offshore); empty at sea.' },
    { name: 'incident_kind', type: 'string', description: 'incident (one event at one place); cumulative (several deaths IOM recorded together at an approximate place); split (part of a larger event).' },
    SOURCES,
  ],
  load: () => loadRouteIncidents(),
  rows: (d) =>
    d.incidents.map((i) => ({
      id: i.id,
      year: i.year,
      lon: i.lon,
      lat: i.lat,
      dead_missing: i.deadMissing,
      cause: i.cause,
      cause_iom: i.cause === 'multiple' ? undefined : CAUSE_LABELS_IOM[i.cause],
      country: i.country,
      incident_kind: i.kind ?? 'incident',
      sources: d.source,
    })),
});
