/** Catalog entry: data/border-deaths.json (see the header of ../catalogEntries.ts). */
import { CC_BY_4, defineDataset } from '../catalog';
import { loadDeaths } from '../load';

export const borderDeaths = defineDataset({
  id: 'border-deaths',
  file: 'border-deaths.json',
  title: 'Migrant deaths at the U.S.–Mexico border, by year and by who counted them',
  description:
    'Yearly counts from three series kept apart: U.S. Border Patrol fiscal-year counts (the latest figure we found for each year; first reports that were later revised are kept as alternative rows), the internal Border Patrol counts CBS News reported, and IOM Missing Migrants Project calendar-year counts as published at the time (IOM calls them minimum estimates, “the lowest estimates available”). Disagreeing counts are kept as alternative rows; years for which we found no figure have no row.',
  licence: CC_BY_4,
  columns: [
    { name: 'id', type: 'string', description: 'Record key, series-year; alternative rows repeat the key of the record they dispute.' },
    { name: 'series', type: 'string', description: 'usbp, usbp-cbs or iom-usmx (see the series definitions in the JSON).' },
    { name: 'counter', type: 'string', description: 'Who counted: usbp (U.S. Border Patrol / CBP) or iom (IOM Missing Migrants Project).' },
    { name: 'period', type: 'string', description: 'fiscal (U.S. federal year, October–September) or calendar.' },
    { name: 'year', type: 'integer', unit: 'year', description: 'Fiscal or calendar year, as given by period.' },
    { name: 'value', type: 'integer', unit: 'people', description: 'Deaths (Border Patrol) or dead and missing (IOM) as published.' },
    { name: 'approximate', type: 'boolean', description: 'true when the source says “about” or “approximately”.' },
    { name: 'alternative', type: 'boolean', description: 'false for the record’s main value; true for another published count of the same year.' },
    { name: 'story_uses', type: 'boolean', description: 'true for the figure the story quotes where sources disagree.' },
    { name: 'source', type: 'string', description: 'Id of the source in sources.csv / sources.json.' },
    { name: 'corroborating_sources', type: 'string', description: 'Further source ids reporting the same figure, separated by “;”.' },
    { name: 'confidence', type: 'string', description: 'A primary, B secondary, C derived (main rows only).' },
    { name: 'note', type: 'string', description: 'Revisions, partial years, scope.' },
  ],
  load: () => {
    const { sources: _registry, ...dataset } = loadDeaths();
    return dataset;
  },
  rows: (d) => {
    const series = new Map(d.series.map((s) => [s.id, s]));
    return d.records.flatMap((r) => {
      const s = series.get(r.series)!;
      const base = { id: r.id, series: r.series, counter: s.counter, period: s.period, year: r.year };
      return [
        {
          ...base,
          value: r.value,
          approximate: false,
          alternative: false,
          story_uses: r.storyUses ?? false,
          source: r.source,
          corroborating_sources: (r.corroboratingSources ?? []).join(';'),
          confidence: r.confidence,
          note: r.note,
        },
        ...(r.alternatives ?? []).map((a) => ({
          ...base,
          value: a.value,
          approximate: a.approximate,
          alternative: true,
          story_uses: false,
          source: a.source,
          note: a.note,
        })),
      ];
    });
  },
  recordCount: (d) => d.records.length,
});
