import type { z } from 'zod';

/**
 * A dataset failed validation. The message always names the file, the record
 * (index and id), the field, what was received and what was expected, so that a
 * broken build tells the editor exactly which line of which JSON file to fix.
 */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly field: string,
    readonly received: string,
    readonly expected: string,
  ) {
    super(`${file}: ${record}, field "${field}": received ${received}; expected ${expected}.`);
    this.name = 'DatasetError';
  }
}

/** A JSON object: not null, not an array. */
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Short, printable form of any JSON value (long strings and objects are cut). */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  // JSON.stringify writes NaN and ±Infinity as null, which would hide what was received.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Describes a record for an error: `record 3 (id "usbp-2021")`. */
export function describeRecord(index: number | undefined, record: unknown, collection = 'record'): string {
  if (index === undefined) return 'the file';
  const id = recordId(record);
  return `${collection} ${index}${id ? ` (id "${id}")` : ''}`;
}

function recordId(record: unknown): string | undefined {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    for (const key of ['id', 'key', 'code']) if (typeof r[key] === 'string' || typeof r[key] === 'number') return String(r[key]);
  }
  return undefined;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** What a zod issue expected, in words. */
function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'too_small':
      return `${issue.origin === 'string' ? 'a length' : 'a value'} ${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}`;
    case 'too_big':
      return `${issue.origin === 'string' ? 'a length' : 'a value'} ${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `a string in the format ${issue.format}${'pattern' in issue && issue.pattern ? ` (${issue.pattern})` : ''}`;
    case 'unrecognized_keys':
      return `no other fields than the schema's (unknown: ${issue.keys.join(', ')})`;
    default:
      return issue.message;
  }
}

/**
 * Turns the first zod issue into a DatasetError. `collection` is the top-level
 * array that holds the records (e.g. "records"); issues elsewhere name the file.
 */
export function fromZodIssue(file: string, data: unknown, issue: z.core.$ZodIssue): DatasetError {
  const path = issue.path;
  // Records live in a top-level array (`records`, `sources`, `series`…): find it.
  let index: number | undefined;
  let record: unknown;
  let collection = 'record';
  let fieldPath = path;
  const arrayAt = path.findIndex((k) => typeof k === 'number');
  if (arrayAt >= 0) {
    index = path[arrayAt] as number;
    record = valueAt(data, path.slice(0, arrayAt + 1));
    collection = arrayAt > 0 ? singular(String(path[arrayAt - 1])) : 'record';
    fieldPath = path.slice(arrayAt + 1);
  }
  const field = fieldPath.length ? fieldPath.map(String).join('.') : '(the whole record)';
  const received = issue.code === 'unrecognized_keys' ? 'extra fields' : show(valueAt(data, path));
  return new DatasetError(file, describeRecord(index, record, collection), field, received, expectation(issue));
}

function singular(name: string): string {
  // "series" is its own singular (it is not "sery").
  if (name.endsWith('series')) return name;
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') ? name.slice(0, -1) : name;
}
