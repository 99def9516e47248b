/** Catalog entry: data/biometric-databases.json (IDENT's size over time; HART's facts, plans and risks). */
import { CC_BY_4, citedIds, defineDataset } from '../catalog';
import { loadBiometricDatabases } from '../loadBiometricDatabases';
import type { QualifiedCount } from '../biometricDatabasesSchema';
import { CONFIDENCE, DATE_PRECISION, NOTE, QUALIFIER, SOURCES, STORY_USES, datePrecision, joinList, recordTypeColumn } from './shared';

/** The measures an IDENT count may hold, with their units in words. */
const MEASURES = [
  ['identities', 'identities', 'identities'],
  ['transactionsPerDay', 'transactions-per-day', 'transactions per day'],
  ['watchlistRecords', 'watchlist-records', 'watchlist records'],
] as const;

const joinNotes = (...notes: (string | undefined)[]) => notes.filter(Boolean).join(' — ') || undefined;

export const biometricDatabases = defineDataset({
  id: 'biometric-databases',
  file: 'biometric-databases.json',
  title: 'IDENT and HART: DHS’s biometric database and its replacement',
  description:
    'Published sizes of IDENT, the Department of Homeland Security’s biometric database, over time (identities, transactions a day, watchlist records, each with the source’s own “more than” or “about”, official and vendor claims kept apart), figures in circulation that no source supports, and sourced facts on HART, its replacement: modalities, cost, schedule baselines and slips, and the risks DHS, GAO and EFF raised.',
  licence: CC_BY_4,
  columns: [
    recordTypeColumn(
      'ident-origin (when IDENT was built), ident-count (one published measure of IDENT at one date; a record with several measures has one row each), ident-not-found (a figure in circulation no source supports), hart-fact, hart-modality (a kind of biometric), hart-milestone (a planned completion date under one baseline), hart-slip (a delay between two plans) or hart-risk',
    ),
    { name: 'system', type: 'string', description: 'IDENT (DHS’s biometric database in use) or HART (its planned replacement).' },
    { name: 'id', type: 'string', description: 'Key of the record; the rows of one IDENT count share it.' },
    { name: 'topic', type: 'string', description: 'hart-fact: purpose, status, hosting, contract, cost or data-subjects; hart-milestone: initial-operating-capability or full-programme.' },
    { name: 'label', type: 'string', description: 'A few words for a chart label (modality name, risk, fact).' },
    { name: 'text', type: 'string', description: 'The fact, claim or risk in one plain sentence.' },
    { name: 'date', type: 'date', description: 'When the figure or fact applied; for hart-milestone, the planned completion date (empty when none was planned); for ident-origin, the year built.' },
    { name: 'date_latest', type: 'date', description: 'ident-count: latest date the figure could apply to when the source is undated (the figure spans date to date_latest).' },
    DATE_PRECISION,
    { name: 'baseline', type: 'date', description: 'hart-milestone: when DHS set this plan (month precision).' },
    { name: 'measure', type: 'string', description: 'ident-count: identities (unique people held), transactions-per-day (searches and enrolments a day) or watchlist-records (national watchlist records inside IDENT).' },
    { name: 'value', type: 'number', unit: 'given in the unit column', description: 'The number as the source gives it.' },
    { name: 'unit', type: 'string', description: 'Unit of value: identities, transactions per day, watchlist records, US dollars or months.' },
    QUALIFIER,
    { name: 'claim_kind', type: 'string', description: 'ident-count: official (DHS, OBIM or GAO) or vendor (a supplier’s marketing claim; treat with care).' },
    { name: 'phase', type: 'string', description: 'hart-modality: increment-1 (in the first build) or possible-later (named as a possible later addition).' },
    { name: 'raised_by', type: 'string', description: 'hart-risk: who raised or acknowledged it (DHS, its auditor GAO, or the advocacy group EFF).' },
    { name: 'only_in_source_article', type: 'boolean', description: 'hart-risk: true when only the article the project grew from (Access Now) reports it.' },
    { name: 'related_ids', type: 'string', description: 'hart-slip: the earlier and the later milestone ids; ident-not-found: the nearest published counts; separated by “;”.' },
    { name: 'searched', type: 'string', description: 'ident-not-found: what was searched, so the search can be repeated, separated by “;”.' },
    STORY_USES,
    { ...SOURCES, description: 'Id of the source we read (sources.csv / sources.json); for ident-not-found, the publication that makes the claim.' },
    { name: 'original_report', type: 'string', description: 'ident-count and hart-fact: source id of the original report when we read the figure in someone else’s summary.' },
    CONFIDENCE,
    { name: 'quote', type: 'string', description: 'Verbatim words from the source (under 25 words), so the figure can be checked.' },
    NOTE,
  ],
  load: () => {
    const { sources: _registry, ...dataset } = loadBiometricDatabases();
    return dataset;
  },
  rows: (d) => {
    const { ident, hart } = d;
    const countRows = ident.counts.flatMap((c) =>
      MEASURES.filter(([key]) => c[key]).map(([key, measure, unit]) => {
        const q = c[key] as QualifiedCount;
        return {
          record_type: 'ident-count',
          system: 'IDENT',
          id: c.id,
          date: c.date,
          date_latest: c.dateLatest,
          date_precision: datePrecision(c.date),
          measure,
          value: q.value,
          unit,
          qualifier: q.qualifier,
          claim_kind: c.claimKind,
          story_uses: c.storyUses ?? false,
          sources: c.source,
          original_report: c.reports,
          confidence: c.confidence,
          quote: c.quote,
          note: joinNotes(q.note, c.dateNote, c.note),
        };
      }),
    );
    return [
      {
        record_type: 'ident-origin',
        system: 'IDENT',
        id: 'ident-origin',
        text: `IDENT was built by ${ident.origin.builtBy}.`,
        date: String(ident.origin.year),
        date_precision: 'year',
        sources: ident.origin.source,
        confidence: ident.origin.confidence,
        quote: ident.origin.quote,
      },
      ...countRows,
      ...ident.notFound.map((n) => ({
        record_type: 'ident-not-found',
        system: 'IDENT',
        id: n.id,
        text: n.claim,
        related_ids: joinList(n.nearest),
        searched: joinList(n.tried),
        story_uses: false,
        sources: n.claimedBy,
        note: n.note,
      })),
      ...hart.facts.map((f) => ({
        record_type: 'hart-fact',
        system: 'HART',
        id: f.id,
        topic: f.topic,
        label: f.short,
        text: f.text,
        date: f.asOf,
        date_precision: datePrecision(f.asOf),
        value: f.amountUSD,
        unit: f.amountUSD === undefined ? undefined : 'US dollars',
        sources: f.source,
        original_report: f.reports,
        confidence: f.confidence,
        quote: f.quote,
        note: f.note,
      })),
      ...hart.modalities.map((m) => ({
        record_type: 'hart-modality',
        system: 'HART',
        id: m.id,
        label: m.name,
        phase: m.phase,
        sources: m.source,
        confidence: m.confidence,
      })),
      ...hart.schedule.milestones.map((m) => ({
        record_type: 'hart-milestone',
        system: 'HART',
        id: m.id,
        topic: m.milestone,
        baseline: m.baseline,
        date: m.planned,
        date_precision: datePrecision(m.planned),
        sources: m.source,
        confidence: m.confidence,
        note: m.plannedNote,
      })),
      ...hart.schedule.slips.map((s) => ({
        record_type: 'hart-slip',
        system: 'HART',
        id: s.id,
        related_ids: joinList([s.from, s.to]),
        value: s.months,
        unit: 'months',
        sources: s.source,
        confidence: s.confidence,
        quote: s.quote,
      })),
      ...hart.risks.map((r) => ({
        record_type: 'hart-risk',
        system: 'HART',
        id: r.id,
        label: r.label,
        text: r.risk,
        raised_by: r.raisedBy,
        only_in_source_article: r.onlyInSourceArticle,
        sources: r.source,
        confidence: r.confidence,
        quote: r.quote,
        note: r.note,
      })),
    ];
  },
  recordCount: (d) =>
    1 +
    d.ident.counts.length +
    d.ident.notFound.length +
    d.hart.facts.length +
    d.hart.modalities.length +
    d.hart.schedule.milestones.length +
    d.hart.schedule.slips.length +
    d.hart.risks.length,
  // `reports` and `claimedBy` are source ids too, though their names do not say so.
  sourceIds: (d) => [
    ...citedIds(d),
    ...d.ident.counts.flatMap((c) => (c.reports ? [c.reports] : [])),
    ...d.ident.notFound.map((n) => n.claimedBy),
  ],
});
