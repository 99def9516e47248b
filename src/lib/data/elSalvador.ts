import { ElSalvadorFile } from './elSalvadorSchema';
import { assertSources, assertUnique, parseWith } from './validate';
import { DatasetError, describeRecord, show } from './errors';
import { comparePartialDates } from './partialDate';

export const EL_SALVADOR_FILE = 'data/el-salvador-exception.json';

const cite = (r: { source: string; alsoSources?: string[] }) => [
  { field: 'source', id: r.source },
  ...(r.alsoSources ?? []).map((id, i) => ({ field: `alsoSources.${i}`, id })),
];

/**
 * Validates the state-of-exception dataset: schema, unique keys, resolvable
 * sources, extensions in order, cumulative detentions in date order and never
 * decreasing, every detention's extension known, counts within the decree's span.
 */
export function parseElSalvador(data: unknown, sourceIds: ReadonlySet<string>, file = EL_SALVADOR_FILE): ElSalvadorFile {
  const parsed = parseWith(file, data, ElSalvadorFile);
  const { decree, extensions, detentions } = parsed;

  assertUnique(file, parsed.trigger, (r) => r.id, 'id', 'trigger');
  assertUnique(file, parsed.rights, (r) => r.id, 'id', 'right');
  assertUnique(file, extensions, (r) => r.number, 'number', 'extension');
  assertUnique(file, detentions, (r) => r.id, 'id', 'detention');
  assertUnique(file, [...parsed.releases, ...parsed.abuses], (r) => r.id, 'id', 'count');

  assertSources(file, [decree], (r) => [{ field: 'source', id: r.source }, ...(r.votesSource ? [{ field: 'votesSource', id: r.votesSource }] : [])], sourceIds, 'decree');
  assertSources(file, parsed.trigger, cite, sourceIds, 'trigger');
  assertSources(file, parsed.rights, cite, sourceIds, 'right');
  assertSources(file, [parsed.extensionsToDate], cite, sourceIds, 'extensionsToDate');
  assertSources(file, extensions, cite, sourceIds, 'extension');
  assertSources(file, detentions, (r) => [{ field: 'source', id: r.source }, ...(r.alternatives ?? []).map((a, i) => ({ field: `alternatives.${i}.source`, id: a.source }))], sourceIds, 'detention');
  assertSources(file, parsed.releases, cite, sourceIds, 'release');
  assertSources(file, parsed.abuses, cite, sourceIds, 'abuse');

  parsed.abuses.forEach((r, i) => {
    if (!r.kind) throw new DatasetError(file, describeRecord(i, r, 'abuse'), 'kind', show(r.kind), 'one of "complaints", "deaths-in-custody"');
  });

  // Extensions: ascending numbers, approval dates in order, after the decree, within the count to date.
  let lastDated: { approved: string; number: number } | null = null;
  extensions.forEach((e, i) => {
    const where = describeRecord(i, { id: `extension ${e.number}` }, 'extension');
    const prev = extensions[i - 1];
    if (prev && e.number <= prev.number) throw new DatasetError(file, where, 'number', show(e.number), `a number greater than ${prev.number} (extensions in order)`);
    if (e.number > parsed.extensionsToDate.count) throw new DatasetError(file, where, 'number', show(e.number), `at most ${parsed.extensionsToDate.count} (extensionsToDate.count)`);
    if (e.approved) {
      if (comparePartialDates(e.approved, decree.date) < 0) throw new DatasetError(file, where, 'approved', show(e.approved), `a date after the decree (${decree.date})`);
      if (lastDated && comparePartialDates(e.approved, lastDated.approved) < 0) throw new DatasetError(file, where, 'approved', show(e.approved), `a date not before extension ${lastDated.number}'s (${lastDated.approved})`);
      lastDated = { approved: e.approved, number: e.number };
    }
    if (e.inForceFrom && e.inForceUntil && comparePartialDates(e.inForceUntil, e.inForceFrom) < 0) throw new DatasetError(file, where, 'inForceUntil', show(e.inForceUntil), `a date not before inForceFrom (${e.inForceFrom})`);
    if (e.votes?.of !== undefined && e.votes.for + (e.votes.against ?? 0) > e.votes.of) throw new DatasetError(file, where, 'votes', show(e.votes), `no more votes than seats (${e.votes.of})`);
  });

  // Detentions are cumulative: in date order, never decreasing, each tied to a known extension.
  const known = new Set(extensions.map((e) => e.number));
  detentions.forEach((r, i) => {
    const where = describeRecord(i, r, 'detention');
    const prev = detentions[i - 1];
    if (comparePartialDates(r.date, decree.date) < 0) throw new DatasetError(file, where, 'date', show(r.date), `a date after the decree (${decree.date})`);
    if (prev && comparePartialDates(r.date, prev.date) < 0) throw new DatasetError(file, where, 'date', show(r.date), `a date not before "${prev.date}" (records in date order)`);
    if (prev && r.value < prev.value) throw new DatasetError(file, where, 'value', show(r.value), `at least ${prev.value} (detentions are cumulative)`);
    if (r.extension !== null && !known.has(r.extension)) throw new DatasetError(file, where, 'extension', show(r.extension), 'the number of an extension in "extensions"');
  });
  return parsed;
}
