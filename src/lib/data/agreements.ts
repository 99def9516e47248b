import { AgreementsFile, type Agreement } from './agreementsSchema';
import { assertSources, assertUnique, parseWith } from './validate';
import { DatasetError, describeRecord, show } from './errors';
import { comparePartialDates } from './partialDates';

export { agreementYear, comparePartialDates, isRealDate } from './partialDates';

export const AGREEMENTS_FILE = 'data/agreements.json';

/** Longest quote we keep, in words: quotes verify, the story paraphrases. */
export const MAX_QUOTE_WORDS = 24;

/** Validates the agreements dataset: schema, then the checks a schema cannot express. */
export function parseAgreements(data: unknown, sourceIds: ReadonlySet<string>, file = AGREEMENTS_FILE): AgreementsFile {
  const parsed = parseWith(file, data, AgreementsFile);
  const fail = (i: number, r: Agreement, field: string, received: unknown, expected: string) => {
    throw new DatasetError(file, describeRecord(i, r), field, show(received), expected);
  };
  /** Each value of a record's list once: a repeat names its own place and the first one's. */
  const listedOnce = (i: number, r: Agreement, field: string, keys: string[], shown: (k: string, j: number) => string, expected: (first: number) => string, sub?: string) => {
    keys.forEach((k, j) => {
      const first = keys.indexOf(k);
      if (first < j) fail(i, r, sub ? `${field}.${j}.${sub}` : `${field}.${j}`, shown(k, j), expected(first));
    });
  };
  assertUnique(file, parsed.records, (r) => r.id, 'id');
  assertSources(file, parsed.records, citations, sourceIds);
  parsed.records.forEach((r, i) => {
    if (!r.parties.includes('USA')) fail(i, r, 'parties', r.parties, 'a list that includes "USA" (every record is with the United States)');
    listedOnce(i, r, 'parties', r.parties, (p) => p, (j) => `a country listed once (it is already parties.${j})`);
    // Calendar-impossible dates are refused by the schema's PartialDate, as in every dataset.
    if (r.dateSigned === null && !r.dateNote) fail(i, r, 'dateNote', r.dateNote, 'a note saying why the date is missing (dateSigned is null)');
    if (r.dateUpdated) {
      if (r.dateSigned === null) fail(i, r, 'dateSigned', null, 'a date when dateUpdated is set');
      else if (comparePartialDates(r.dateUpdated, r.dateSigned) <= 0) fail(i, r, 'dateUpdated', r.dateUpdated, `a date after dateSigned (${r.dateSigned})`);
    }
    r.flows.forEach((f, j) => {
      if (f.from === f.to) fail(i, r, `flows.${j}.to`, f.to, `a country other than "from" (${f.from})`);
      for (const end of ['from', 'to'] as const) {
        if (!r.parties.includes(f[end])) fail(i, r, `flows.${j}.${end}`, f[end], `one of the record's parties (${r.parties.join(', ')})`);
      }
    });
    listedOnce(i, r, 'flows', r.flows.map((f) => [f.from, f.to].sort().join('-')), (_, j) => `${r.flows[j].from} → ${r.flows[j].to}`,
      (j) => `a pair of countries no other flow joins (flows.${j} joins the same two, ${r.flows[j].from} → ${r.flows[j].to}; a flow runs both ways)`);
    if (r.dataSharing === 'not-stated' && (r.flows.length > 0 || r.dataCategories.length > 0)) {
      fail(i, r, 'dataSharing', r.dataSharing, '"stated" when the record has flows or data categories');
    }
    if (r.kind === 'programme' && r.binding !== 'not-applicable') fail(i, r, 'binding', r.binding, '"not-applicable" for a programme');
    (r.quotes ?? []).forEach((q, j) => {
      const words = q.text.trim().split(/\s+/).length;
      if (words > MAX_QUOTE_WORDS) fail(i, r, `quotes.${j}.text`, `${words} words`, `at most ${MAX_QUOTE_WORDS} words`);
    });
    listedOnce(i, r, 'figures', (r.figures ?? []).map((f) => f.key), (k) => k, (j) => `a key no other figure of the record uses (figures.${j} has it)`, 'key');
  });
  return parsed;
}

/** Every source id a record cites, with the field that cites it. */
function citations(r: Agreement) {
  return [
    ...r.sources.map((id, i) => ({ field: `sources.${i}`, id })),
    ...(r.figures ?? []).map((f, i) => ({ field: `figures.${i}.source`, id: f.source })),
    ...(r.quotes ?? []).map((q, i) => ({ field: `quotes.${i}.source`, id: q.source })),
  ];
}
