import { DeathsFile, type DeathRecord } from './deathsSchema';
import { assertSources, assertUnique, parseWith } from './validate';
import { DatasetError, describeRecord, show } from './errors';

export const DEATHS_FILE = 'data/border-deaths.json';

/** Validates the border-deaths dataset: schema, unique keys, resolvable sources, consistent ids. */
export function parseDeaths(data: unknown, sourceIds: ReadonlySet<string>, file = DEATHS_FILE): DeathsFile {
  const parsed = parseWith(file, data, DeathsFile);
  assertUnique(file, parsed.series, (s) => s.id, 'id', 'series');
  assertUnique(file, parsed.records, (r) => r.id, 'id');
  assertUnique(file, parsed.records, (r) => `${r.series} ${r.year}`, 'year');
  parsed.records.forEach((r, i) => {
    const expected = `${r.series}-${r.year}`;
    if (r.id !== expected) throw new DatasetError(file, describeRecord(i, r), 'id', show(r.id), `"${expected}" (series-year)`);
  });
  assertSources(file, parsed.records, citations, sourceIds);
  return parsed;
}

function citations(r: DeathRecord) {
  return [
    { field: 'source', id: r.source },
    ...(r.alternatives ?? []).map((a, i) => ({ field: `alternatives.${i}.source`, id: a.source })),
    ...(r.corroboratingSources ?? []).map((id, i) => ({ field: `corroboratingSources.${i}`, id })),
  ];
}
