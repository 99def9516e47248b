/** Catalog entry: data/cbp-one.json (the CBP One app: timeline, figures, what it collects, geofence, ports). */
import { CC_BY_4, defineDataset } from '../catalog';
import { loadCbpOne } from '../loadCbpOne';
import { figureRows } from './figures';
import { ALTERNATIVE, CONFIDENCE, DATE_PRECISION, NOTE, QUALIFIER, SOURCES, STORY_USES, datePrecision, joinList, recordTypeColumn } from './shared';

export const cbpOne = defineDataset({
  id: 'cbp-one',
  file: 'cbp-one.json',
  title: 'The CBP One app: timeline, appointments and what it collects',
  description:
    'Dated events in the life of U.S. Customs and Border Protection’s CBP One app, the published figures on appointments, capacity and demand (with other sources’ figures kept as alternative rows), what the app collects from its users, the area from which appointments could be requested (defined by regions: we found no published distance), the ports of entry that offered appointments, and the figures we looked for and did not find.',
  licence: CC_BY_4,
  columns: [
    recordTypeColumn(
      'event (a dated step: launch, rule, appointments, capacity, geofence, oversight, shutdown), figure (a published number; other sources’ numbers for the same thing follow as alternative rows), collected (something the app collects), geofence-period (where people had to be, for one period), geofence-radius (why there is no distance), port (a port of entry offering appointments) or missing (a figure looked for and not found)',
    ),
    { name: 'id', type: 'string', description: 'Key of the record; alternative rows repeat the key of the figure they dispute.' },
    { name: 'kind', type: 'string', description: 'event rows: launch, rule, appointments, capacity, geofence, oversight or shutdown.' },
    { name: 'date', type: 'date', description: 'When it happened or applied (geofence-period: first day; collected: documented since).' },
    { name: 'date_to', type: 'date', description: 'geofence-period: last day, when the period ended.' },
    DATE_PRECISION,
    { name: 'label', type: 'string', description: 'What a figure counts, what is collected, or the port’s name as CBP gives it.' },
    { name: 'text', type: 'string', description: 'What happened, how it is used, or what is missing, in one sentence.' },
    { name: 'value', type: 'number', unit: 'given in the unit column', description: 'figure rows: the number as published.' },
    { name: 'unit', type: 'string', description: 'figure rows: unit of value (appointments, appointments per day, people, ports of entry …).' },
    QUALIFIER,
    ALTERNATIVE,
    STORY_USES,
    { name: 'figure_ids', type: 'string', description: 'event rows: ids of the figure rows this event reports, separated by “;”.' },
    { name: 'regions', type: 'string', description: 'geofence-period: the regions sources name, separated by “;”.' },
    { name: 'exceptions', type: 'string', description: 'geofence-period: exceptions (e.g. Mexican nationals), separated by “;”.' },
    { name: 'state', type: 'string', description: 'port rows: U.S. state (USPS code: CA, AZ, NM, TX).' },
    { name: 'lon', type: 'number', unit: 'degrees east (WGS 84)', description: 'port rows: longitude; empty when no stated reference was found.' },
    { name: 'lat', type: 'number', unit: 'degrees north (WGS 84)', description: 'port rows: latitude; empty when no stated reference was found.' },
    { name: 'coord_source', type: 'string', description: 'port rows: source id of the coordinates.' },
    { name: 'coord_note', type: 'string', description: 'port rows: what the coordinates mark, or why they are missing.' },
    SOURCES,
    CONFIDENCE,
    NOTE,
  ],
  load: () => {
    const { sources: _registry, ...dataset } = loadCbpOne();
    return dataset;
  },
  rows: (d) => [
    ...d.events.map((e) => ({
      record_type: 'event',
      id: e.id,
      kind: e.kind,
      date: e.date,
      date_precision: datePrecision(e.date),
      text: e.text,
      figure_ids: joinList(e.figures),
      sources: e.source,
      confidence: e.confidence,
    })),
    ...d.figures.flatMap((f) => figureRows(f).map((r) => ({ record_type: 'figure', ...r }))),
    ...d.collects.map((c) => ({
      record_type: 'collected',
      id: c.id,
      label: c.label,
      text: c.note,
      date: c.since,
      date_precision: datePrecision(c.since),
      sources: joinList(c.sources),
      confidence: c.confidence,
    })),
    ...d.geofence.periods.map((p) => ({
      record_type: 'geofence-period',
      id: p.id,
      date: p.from,
      date_to: p.to,
      date_precision: datePrecision(p.from),
      regions: joinList(p.regions),
      exceptions: joinList(p.exceptions),
      sources: p.source,
      confidence: p.confidence,
    })),
    {
      record_type: 'geofence-radius',
      id: 'geofence-radius',
      text: d.geofence.radiusNote,
      // The note names the sources searched; the periods' sources define the area.
      sources: joinList([...new Set(d.geofence.periods.map((p) => p.source))]),
    },
    ...d.ports.map((p) => ({
      record_type: 'port',
      id: p.id,
      label: p.name,
      state: p.state,
      lon: p.lon,
      lat: p.lat,
      coord_source: p.coordSource,
      coord_note: p.coordNote,
      sources: joinList(p.sources),
    })),
    ...d.missing.map((m, i) => ({ record_type: 'missing', id: `missing-${i + 1}`, text: m })),
  ],
  recordCount: (d) => d.events.length + d.figures.length + d.collects.length + d.geofence.periods.length + 1 + d.ports.length + d.missing.length,
});
