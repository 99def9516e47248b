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
  assertUnique(file, parsed.findings, (f) => f.id, 'id', 'finding');
  assertSources(file, parsed.findings, (f) => [
    { field: 'source', id: f.source },
    ...(f.alternatives ?? []).map((a, i) => ({ field: `alternatives.${i}.source`, id: a.source })),
  ], sourceIds, 'finding');
  parsed.findings.forEach((f, i) => {
    if (f.span && f.span.to < f.span.from) throw new DatasetError(file, describeRecord(i, f, 'finding'), 'span.to', show(f.span.to), `a year >= span.from (${f.span.from})`);
    if (f.kind !== 'statement' && f.figures.length === 0) throw new DatasetError(file, describeRecord(i, f, 'finding'), 'figures', '[]', `at least one figure for a finding of kind "${f.kind}"`);
  });
  return parsed;
}

function citations(r: DeathRecord) {
  return [
    { field: 'source', id: r.source },
    ...(r.alternatives ?? []).map((a, i) => ({ field: `alternatives.${i}.source`, id: a.source })),
    ...(r.corroboratingSources ?? []).map((id, i) => ({ field: `corroboratingSources.${i}`, id })),
  ];
}
