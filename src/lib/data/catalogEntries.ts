/**
 * Every dataset published under /data/ — build time only (loads from disk).
 *
 * HOW TO ADD A DATASET (one entry, nothing else to wire):
 *  1. The dataset already has its schema, parser and `load<Name>()` in load.ts,
 *     and a row in data/README.md's table (file, what, built from, licence, size budget).
 *  2. Append `defineDataset({...})` to CATALOG below with:
 *     - `id`: the URL slug (kebab-case, usually the file name without .json) — never rename once published;
 *     - `file`: the file name inside data/; `title`, `description` (one or two sentences);
 *     - `licence: CC_BY_4`, or, when a source forbids redistribution, also `withheld: { reason }`
 *       (then no JSON/CSV/metadata is published and the data page says why);
 *     - `columns`: the flat CSV columns in order, each with `type`, `unit` (for numbers) and `description`;
 *     - `load: () => load<Name>()` — the validating loader, never `JSON.parse` here; if the loader
 *       appends the source registry (as loadDeaths does), strip it so the download holds only the dataset;
 *     - `rows: (d) => [...]` — one flat object per CSV row, keys exactly the column names
 *       (nested arrays become extra rows or `;`-joined cells; the build fails on an undeclared key);
 *     - optional `recordCount(d)` when records ≠ rows, and `sourceIds(d)` when the default
 *       (every `source`/`sources` value anywhere in the dataset) is not right.
 *  3. A file that is not a dataset of figures (map geometry) goes in NOT_PUBLISHED in
 *     tests/data/catalog.data.test.ts instead, with the reason.
 *  4. Nothing else: the endpoints (/data/<id>.json, .csv, .meta.json), the data page, the
 *     integrity tests and the e2e test all iterate CATALOG.
 */
import { CC_BY_4, defineDataset, type Dataset } from './catalog';
import { loadDeaths, loadSources } from './load';

const deaths = defineDataset({
  id: 'border-deaths',
  file: 'border-deaths.json',
  title: 'Migrant deaths at the U.S.–Mexico border, by year and by who counted them',
  description:
    'Yearly counts from three series kept apart: U.S. Border Patrol fiscal-year counts (latest published), the internal Border Patrol counts CBS News reported, and IOM Missing Migrants Project calendar-year counts as published at the time. Disagreeing counts are kept as alternative rows; years with no published figure have no row.',
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

const sources = defineDataset({
  id: 'sources',
  file: 'sources.json',
  title: 'Sources behind every figure',
  description:
    'The source registry that every record in every dataset cites: publisher, title, date, the original publisher’s URL where verified, kind (primary or secondary) and language.',
  licence: CC_BY_4,
  columns: [
    { name: 'id', type: 'string', description: 'Stable id that records cite.' },
    { name: 'publisher', type: 'string', description: 'The original publisher.' },
    { name: 'title', type: 'string', description: 'Title as published.' },
    { name: 'date', type: 'date', description: 'Publication date, only as precise as known (YYYY, YYYY-MM or YYYY-MM-DD); empty when unknown.' },
    { name: 'url', type: 'string', description: 'The original publisher’s URL; empty when only a mirror was found.' },
    { name: 'url_note', type: 'string', description: 'Why there is no URL.' },
    { name: 'kind', type: 'string', description: 'primary (made the figure) or secondary (reports it).' },
    { name: 'language', type: 'string', description: 'ISO 639-1 language of the publication.' },
    { name: 'note', type: 'string', description: 'What a reader should know about the source.' },
  ],
  load: () => loadSources(),
  rows: (d) =>
    d.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      date: s.date,
      url: s.url,
      url_note: s.urlNote,
      kind: s.kind,
      language: s.language,
      note: s.note,
    })),
  // The registry is the bibliography itself, not a dataset that cites it.
  sourceIds: () => [],
});

/** Every published dataset, in the order the data page lists them. */
export const CATALOG: readonly Dataset[] = [deaths, sources];

/** The entry with this id (for the endpoints). */
export function datasetById(id: string): Dataset {
  const entry = CATALOG.find((d) => d.id === id);
  if (!entry) throw new Error(`data catalog: received "${id}"; expected one of ${CATALOG.map((d) => d.id).join(', ')}.`);
  return entry;
}
