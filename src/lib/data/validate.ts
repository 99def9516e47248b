import type { z } from 'zod';
import { DatasetError, describeRecord, fromZodIssue, show } from './errors';

/** Parses `data` with `schema`, throwing a DatasetError for the first problem. */
export function parseWith<S extends z.ZodType>(file: string, data: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw fromZodIssue(file, data, result.error.issues[0]!);
  return result.data;
}

/** Fails when two records share a key (e.g. the same series and year twice). */
export function assertUnique<T>(
  file: string,
  records: readonly T[],
  key: (r: T) => string | number,
  field: string,
  collection = 'record',
): void {
  const seen = new Map<string | number, number>();
  records.forEach((record, index) => {
    const k = key(record);
    const first = seen.get(k);
    if (first !== undefined) {
      throw new DatasetError(file, describeRecord(index, record, collection), field, show(k), `a value not already used by ${collection} ${first}`);
    }
    seen.set(k, index);
  });
}

/** Fails when a record cites a source id that is not in data/sources.json. */
export function assertSources<T>(
  file: string,
  records: readonly T[],
  cited: (r: T) => { field: string; id: string }[],
  known: ReadonlySet<string>,
  collection = 'record',
): void {
  records.forEach((record, index) => {
    for (const { field, id } of cited(record)) {
      if (!known.has(id)) {
        throw new DatasetError(file, describeRecord(index, record, collection), field, show(id), 'the id of a source in data/sources.json');
      }
    }
  });
}
