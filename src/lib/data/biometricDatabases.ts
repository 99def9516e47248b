import { BiometricDatabasesFile, type IdentCount } from './biometricDatabasesSchema';
import { assertSources, assertUnique, parseWith } from './validate';
import { DatasetError, describeRecord, show } from './errors';
import { comparePartialDates, monthsBetween } from './partialDate';

export const BIOMETRIC_DATABASES_FILE = 'data/biometric-databases.json';
/** The source article: risks it alone reports must cite it. */
export const SOURCE_ARTICLE_ID = 'accessnow-smart-borders';

/**
 * Validates the IDENT/HART dataset: schema, unique keys, resolvable sources,
 * counts in date order, official counts that never shrink, slips that match
 * their two planned dates, and risks only the source article reports citing it.
 */
export function parseBiometricDatabases(data: unknown, sourceIds: ReadonlySet<string>, file = BIOMETRIC_DATABASES_FILE): BiometricDatabasesFile {
  const parsed = parseWith(file, data, BiometricDatabasesFile);
  const { ident, hart } = parsed;

  assertUnique(file, ident.counts, (r) => r.id, 'id', 'count');
  assertUnique(file, ident.notFound, (r) => r.id, 'id', 'notFound');
  assertUnique(file, hart.facts, (r) => r.id, 'id', 'fact');
  assertUnique(file, hart.modalities, (r) => r.id, 'id', 'modality');
  assertUnique(file, hart.schedule.milestones, (r) => r.id, 'id', 'milestone');
  assertUnique(file, hart.schedule.slips, (r) => r.id, 'id', 'slip');
  assertUnique(file, hart.risks, (r) => r.id, 'id', 'risk');

  assertSources(file, [ident.origin], (r) => [{ field: 'source', id: r.source }], sourceIds, 'origin');
  assertSources(file, ident.counts, (r) => [{ field: 'source', id: r.source }, ...(r.reports ? [{ field: 'reports', id: r.reports }] : [])], sourceIds, 'count');
  assertSources(file, ident.notFound, (r) => [{ field: 'claimedBy', id: r.claimedBy }], sourceIds, 'notFound');
  assertSources(file, hart.facts, (r) => (r.reports ? [{ field: 'reports', id: r.reports }] : []), sourceIds, 'fact');
  for (const [list, name] of [[hart.facts, 'fact'], [hart.modalities, 'modality'], [hart.schedule.milestones, 'milestone'], [hart.schedule.slips, 'slip'], [hart.risks, 'risk']] as const) {
    assertSources(file, list as readonly { source: string }[], (r) => [{ field: 'source', id: r.source }], sourceIds, name);
  }

  checkCounts(file, ident.counts);

  const countIds = new Set(ident.counts.map((c) => c.id));
  ident.notFound.forEach((r, i) =>
    r.nearest.forEach((id, j) => {
      if (!countIds.has(id)) throw new DatasetError(file, describeRecord(i, r, 'notFound'), `nearest.${j}`, show(id), 'the id of a record in ident.counts');
    }),
  );

  const milestones = new Map(hart.schedule.milestones.map((m) => [m.id, m]));
  hart.schedule.milestones.forEach((m, i) => {
    if (m.planned === null && !m.plannedNote) throw new DatasetError(file, describeRecord(i, m, 'milestone'), 'plannedNote', show(m.plannedNote), 'the source’s words when no date is planned');
  });
  hart.schedule.slips.forEach((s, i) => {
    const where = describeRecord(i, s, 'slip');
    const from = milestones.get(s.from);
    const to = milestones.get(s.to);
    if (!from) throw new DatasetError(file, where, 'from', show(s.from), 'the id of a milestone');
    if (!to) throw new DatasetError(file, where, 'to', show(s.to), 'the id of a milestone');
    if (from.milestone !== to.milestone) throw new DatasetError(file, where, 'to', show(s.to), `a plan for the same milestone as "${s.from}" (${from.milestone})`);
    if (!from.planned || !to.planned) throw new DatasetError(file, where, 'to', show(s.to), 'two milestones that both have a planned date');
    const months = monthsBetween(from.planned, to.planned);
    if (months !== s.months) throw new DatasetError(file, where, 'months', show(s.months), `${months} (the months from ${from.planned} to ${to.planned})`);
  });

  hart.risks.forEach((r, i) => {
    if (r.onlyInSourceArticle && r.source !== SOURCE_ARTICLE_ID) {
      throw new DatasetError(file, describeRecord(i, r, 'risk'), 'source', show(r.source), `"${SOURCE_ARTICLE_ID}" (the risk is marked as reported only by the source article)`);
    }
  });
  return parsed;
}

/** Counts in date order; an uncertain date's range runs forwards; official counts never shrink. */
function checkCounts(file: string, counts: readonly IdentCount[]): void {
  let lastOfficial: { value: number; index: number } | null = null;
  counts.forEach((r, i) => {
    const where = describeRecord(i, r, 'count');
    if (r.dateLatest && comparePartialDates(r.dateLatest, r.date) < 0) throw new DatasetError(file, where, 'dateLatest', show(r.dateLatest), `a date not before "${r.date}"`);
    const prev = counts[i - 1];
    if (prev && comparePartialDates(r.date, prev.date) < 0) throw new DatasetError(file, where, 'date', show(r.date), `a date not before "${prev.date}" (records in date order)`);
    if (r.claimKind !== 'official') return;
    if (lastOfficial && r.identities.value < lastOfficial.value) {
      throw new DatasetError(file, where, 'identities.value', show(r.identities.value), `at least ${lastOfficial.value} (official count ${lastOfficial.index}; the database only grows)`);
    }
    lastOfficial = { value: r.identities.value, index: i };
  });
}
