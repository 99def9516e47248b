/**
 * Helpers shared by the catalog entries in this folder: readable units, date
 * precision and the columns every flattened dataset repeats. Pure (no disk).
 */
import type { Column } from '../catalog';
import { datePrecision as precisionOf, type DatePrecision } from '../../format/format';

/** Unit codes used in the data files, in words a spreadsheet reader understands. */
export const UNIT_WORDS: Record<string, string> = {
  usd: 'US dollars',
  people: 'people',
  records: 'records',
  'records-per-month': 'records per month',
  subpoenas: 'subpoenas',
  appointments: 'appointments',
  'appointments-per-day': 'appointments per day',
  years: 'years',
  towers: 'towers',
  systems: 'systems',
  ports: 'ports of entry',
  pages: 'pages',
  stations: 'migration stations',
  countries: 'countries',
  months: 'months',
};

/** The unit of a code, in words (the code itself when unknown, so nothing is hidden). */
export function unitWords(code: string): string {
  return UNIT_WORDS[code] ?? code;
}

/** How precisely a partial ISO date is known (day, month or year); empty cell when there is no date. */
export function datePrecision(iso: string | null | undefined): DatePrecision | undefined {
  return iso ? precisionOf(iso) : undefined;
}

/** Source ids (or any list) as one cell, separated by ";" — empty list, empty cell. */
export function joinList(list: readonly (string | null | undefined)[] | undefined): string | undefined {
  const kept = (list ?? []).filter((x): x is string => !!x);
  return kept.length ? kept.join(';') : undefined;
}

/** Column: the kind of row, for files whose CSV mixes several kinds of records. */
export const recordTypeColumn = (kinds: string): Column => ({
  name: 'record_type',
  type: 'string',
  description: `What the row is: ${kinds}. Filter on it before adding up numbers.`,
});

/** Column: the precision of the row's date. */
export const DATE_PRECISION: Column = {
  name: 'date_precision',
  type: 'string',
  description: 'How precisely the date is known: day, month or year (a date given as 2023 is not 1 January 2023).',
};

/** Column: the qualifier of a published count. */
export const QUALIFIER: Column = {
  name: 'qualifier',
  type: 'string',
  description:
    'How the source words the number: exact or as-stated (no qualifier), about and nearly (approximate), more-than and at-least (a floor: the true number may be higher). Quote the number with this word.',
};

/** Column: the source ids of a row. */
export const SOURCES: Column = {
  name: 'sources',
  type: 'string',
  description: 'Id(s) of the source(s) for this row in sources.csv / sources.json, separated by “;”.',
};

/** Column: confidence code. */
export const CONFIDENCE: Column = {
  name: 'confidence',
  type: 'string',
  description: 'A primary (government text or the organisation that made the figure), B secondary (news or NGO reporting it), C derived by us.',
};

/** Column: alternative flag, as in border-deaths. */
export const ALTERNATIVE: Column = {
  name: 'alternative',
  type: 'boolean',
  description: 'false for a record’s main value; true for another source’s different figure for the same thing (the row repeats the id it disputes).',
};

/** Column: the story's choice where sources disagree. */
export const STORY_USES: Column = {
  name: 'story_uses',
  type: 'boolean',
  description:
    'true where the data mark the value as the one the story quotes (always so where sources disagree: then exactly one of the rows); false otherwise.',
};

/** Column: free-text context. */
export const NOTE: Column = { name: 'note', type: 'string', description: 'Context a reader needs: scope, definitions, why figures differ, what is missing.' };
