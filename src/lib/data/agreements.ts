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
  assertUnique(file, parsed.records, (r) => r.id, 'id');
  assertSources(file, parsed.records, citations, sourceIds);
  parsed.records.forEach((r, i) => {
    if (!r.parties.includes('USA')) fail(i, r, 'parties', r.parties, 'a list that includes "USA" (every record is with the United States)');
    assertUnique(file, r.parties.map((p) => ({ id: p })), (p) => p.id, `parties`, `party of record ${i}`);
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
    assertUnique(file, r.flows.map((f) => ({ id: [f.from, f.to].sort().join('-') })), (f) => f.id, 'flows', `flow of record ${i}`);
    if (r.dataSharing === 'not-stated' && (r.flows.length > 0 || r.dataCategories.length > 0)) {
      fail(i, r, 'dataSharing', r.dataSharing, '"stated" when the record has flows or data categories');
    }
    if (r.kind === 'programme' && r.binding !== 'not-applicable') fail(i, r, 'binding', r.binding, '"not-applicable" for a programme');
    (r.quotes ?? []).forEach((q, j) => {
      const words = q.text.trim().split(/\s+/).length;
      if (words > MAX_QUOTE_WORDS) fail(i, r, `quotes.${j}.text`, `${words} words`, `at most ${MAX_QUOTE_WORDS} words`);
    });
    assertUnique(file, (r.figures ?? []).map((f) => ({ id: f.key })), (f) => f.id, 'figures', `figure of record ${i}`);
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
