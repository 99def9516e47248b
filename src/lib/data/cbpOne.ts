import { CbpOneFile } from './cbpOneSchema';
import { figureCitations } from './figureSchema';
import { assertSources, assertUnique, parseWith } from './validate';
import { DatasetError, describeRecord, show } from './errors';

export const CBP_ONE_FILE = 'data/cbp-one.json';

/**
 * Validates the CBP One dataset: schema, unique ids, events and geofence periods
 * in date order, figure references that resolve, coordinates that come with their
 * source (and no source without coordinates), and source ids that resolve.
 */
export function parseCbpOne(data: unknown, sourceIds: ReadonlySet<string>, file = CBP_ONE_FILE): CbpOneFile {
  const parsed = parseWith(file, data, CbpOneFile);
  assertUnique(file, parsed.events, (e) => e.id, 'id', 'event');
  assertUnique(file, parsed.figures, (f) => f.id, 'id', 'figure');
  assertUnique(file, parsed.collects, (c) => c.id, 'id', 'collect');
  assertUnique(file, parsed.geofence.periods, (p) => p.id, 'id', 'period');
  assertUnique(file, parsed.ports, (p) => p.id, 'id', 'port');

  const figureIds = new Set(parsed.figures.map((f) => f.id));
  parsed.events.forEach((e, i) => {
    const prev = parsed.events[i - 1];
    if (prev && e.date < prev.date) throw new DatasetError(file, describeRecord(i, e, 'event'), 'date', show(e.date), `a date on or after ${prev.date} (events are oldest first)`);
    e.figures?.forEach((f, j) => {
      if (!figureIds.has(f)) throw new DatasetError(file, describeRecord(i, e, 'event'), `figures.${j}`, show(f), 'the id of a figure in "figures"');
    });
  });
  parsed.geofence.periods.forEach((p, i) => {
    const where = describeRecord(i, p, 'period');
    if (p.to && p.to < p.from) throw new DatasetError(file, where, 'to', show(p.to), `a date on or after "from" (${p.from})`);
    const prev = parsed.geofence.periods[i - 1];
    if (prev?.to && p.from <= prev.to) throw new DatasetError(file, where, 'from', show(p.from), `a date after the previous period's end (${prev.to})`);
  });
  parsed.ports.forEach((p, i) => {
    const has = p.lon !== null && p.lat !== null;
    if ((p.lon === null) !== (p.lat === null)) throw new DatasetError(file, describeRecord(i, p, 'port'), p.lon === null ? 'lon' : 'lat', 'null', 'a number, since the other coordinate is given');
    if (has !== Boolean(p.coordSource)) throw new DatasetError(file, describeRecord(i, p, 'port'), 'coordSource', show(p.coordSource), has ? 'the id of the source of the coordinates' : 'nothing, since the port has no coordinates');
  });

  assertSources(file, parsed.events, (e) => [{ field: 'source', id: e.source }], sourceIds, 'event');
  assertSources(file, parsed.figures, (f) => figureCitations(f), sourceIds, 'figure');
  assertSources(file, parsed.collects, (c) => c.sources.map((id, j) => ({ field: `sources.${j}`, id })), sourceIds, 'collect');
  assertSources(file, parsed.geofence.periods, (p) => [{ field: 'source', id: p.source }], sourceIds, 'period');
  assertSources(
    file,
    parsed.ports,
    (p) => [...p.sources.map((id, j) => ({ field: `sources.${j}`, id })), ...(p.coordSource ? [{ field: 'coordSource', id: p.coordSource }] : [])],
    sourceIds,
    'port',
  );
  return parsed;
}

/** Every source id the file cites. */
export function cbpOneSourceIds(file: CbpOneFile): Set<string> {
  return new Set([
    ...file.events.map((e) => e.source),
    ...file.figures.flatMap((f) => figureCitations(f).map((c) => c.id)),
    ...file.collects.flatMap((c) => c.sources),
    ...file.geofence.periods.map((p) => p.source),
    ...file.ports.flatMap((p) => [...p.sources, ...(p.coordSource ? [p.coordSource] : [])]),
  ]);
}
