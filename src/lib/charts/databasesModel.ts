import type { BiometricDatabasesFile, HartFact, IdentCount, Milestone, Risk, Slip } from '../data/biometricDatabasesSchema';
import { partialDateToYear } from '../data/partialDate';

/** What the chart island needs from the dataset (quotes and long notes stay in the table). */
export interface DatabasesChartData {
  counts: Pick<IdentCount, 'id' | 'date' | 'dateLatest' | 'identities' | 'transactionsPerDay' | 'claimKind' | 'source' | 'confidence' | 'storyUses'>[];
  milestones: Pick<Milestone, 'id' | 'milestone' | 'baseline' | 'planned' | 'plannedNote' | 'source'>[];
  slips: Pick<Slip, 'id' | 'from' | 'to' | 'months' | 'source'>[];
  /** Cost, hosting and status facts. */
  facts: Pick<HartFact, 'id' | 'topic' | 'short' | 'amountUSD' | 'asOf' | 'source'>[];
  risks: Pick<Risk, 'id' | 'risk' | 'label' | 'raisedBy' | 'onlyInSourceArticle' | 'source' | 'confidence'>[];
}

export function databasesChartData(file: BiometricDatabasesFile): DatabasesChartData {
  return {
    counts: file.ident.counts.map(({ id, date, dateLatest, identities, transactionsPerDay, claimKind, source, confidence, storyUses }) => ({
      id, date, ...(dateLatest ? { dateLatest } : {}), identities, ...(transactionsPerDay ? { transactionsPerDay: { value: transactionsPerDay.value, qualifier: transactionsPerDay.qualifier } } : {}), claimKind, source, confidence, ...(storyUses ? { storyUses } : {}),
    })),
    milestones: file.hart.schedule.milestones.map(({ id, milestone, baseline, planned, plannedNote, source }) => ({ id, milestone, baseline, planned, ...(plannedNote ? { plannedNote } : {}), source })),
    slips: file.hart.schedule.slips.map(({ id, from, to, months, source }) => ({ id, from, to, months, source })),
    facts: file.hart.facts.filter((f) => ['cost', 'hosting', 'status'].includes(f.topic)).map(({ id, topic, short, amountUSD, asOf, source }) => ({ id, topic, ...(short ? { short } : {}), ...(amountUSD !== undefined ? { amountUSD } : {}), asOf, source })),
    risks: file.hart.risks.map(({ id, risk, label, raisedBy, onlyInSourceArticle, source, confidence }) => ({ id, risk, label, raisedBy, onlyInSourceArticle, source, confidence })),
  };
}

/** Every source id the chart data cites. */
export function databasesSourceIds(d: DatabasesChartData): string[] {
  return [...new Set([...d.counts, ...d.milestones, ...d.slips, ...d.facts, ...d.risks].map((r) => r.source))];
}

/** Horizontal extent of a count on a time axis: a point, or the whole span of an uncertain date (start of `date` to end of `dateLatest`). */
export function countSpan(c: Pick<IdentCount, 'date' | 'dateLatest'>): { from: number; mid: number; to: number } {
  if (!c.dateLatest) {
    const mid = partialDateToYear(c.date);
    return { from: mid, mid, to: mid };
  }
  const start = (iso: string) => partialDateToYear(iso) - (iso.length === 4 ? 0.5 : 0);
  const end = (iso: string) => partialDateToYear(iso) + (iso.length === 4 ? 0.5 : 0);
  const from = start(c.date);
  const to = end(c.dateLatest);
  return { from, mid: (from + to) / 2, to };
}

/** The official counts the main line joins (the story's figures), in date order. */
export function storyLine<T extends Pick<IdentCount, 'claimKind' | 'storyUses'>>(counts: readonly T[]): T[] {
  return counts.filter((c) => c.claimKind === 'official' && c.storyUses);
}
