import type { DetentionCount, ElSalvadorFile, Extension, OtherCount } from '../data/elSalvadorSchema';
import { comparePartialDates } from '../data/partialDate';

/** What the chart island needs from the dataset, and nothing more (quotes and notes stay in the table). */
export interface ElSalvadorChartData {
  /** Date the measure was decreed. */
  decreed: string;
  /** The homicide count the story uses for the trigger. */
  trigger: { value: number; qualifier: DetentionCount['qualifier']; source: string };
  detentions: Pick<DetentionCount, 'id' | 'date' | 'value' | 'qualifier' | 'extension' | 'source' | 'confidence'>[];
  extensions: Pick<Extension, 'number' | 'approved'>[];
  extensionsToDate: { count: number; asOf: string };
  /** Releases, complaints and deaths in custody, in that order. */
  others: (Pick<OtherCount, 'id' | 'value' | 'qualifier' | 'reportedBy' | 'source' | 'date'> & { kind: 'released' | 'complaints' | 'deaths-in-custody' })[];
}

/** Slims the parsed dataset to the chart's props. */
export function elSalvadorChartData(file: ElSalvadorFile): ElSalvadorChartData {
  const trigger = file.trigger.find((t) => t.storyUses) ?? file.trigger[0]!;
  const pick = (r: OtherCount, kind: ElSalvadorChartData['others'][0]['kind']) => ({ id: r.id, value: r.value, qualifier: r.qualifier, reportedBy: r.reportedBy, source: r.source, date: r.date, kind });
  const latest = <T extends { date: string }>(rs: T[]) => [...rs].sort((a, b) => comparePartialDates(a.date, b.date)).at(-1);
  const released = latest(file.releases);
  const complaints = latest(file.abuses.filter((a) => a.kind === 'complaints'));
  const deaths = latest(file.abuses.filter((a) => a.kind === 'deaths-in-custody'));
  return {
    decreed: file.decree.date,
    trigger: { value: trigger.value, qualifier: trigger.qualifier, source: trigger.source },
    detentions: file.detentions.map(({ id, date, value, qualifier, extension, source, confidence }) => ({ id, date, value, qualifier, extension, source, confidence })),
    extensions: file.extensions.map(({ number, approved }) => ({ number, approved })),
    extensionsToDate: { count: file.extensionsToDate.count, asOf: file.extensionsToDate.asOf },
    others: [
      ...(released ? [pick(released, 'released')] : []),
      ...(complaints ? [pick(complaints, 'complaints')] : []),
      ...(deaths ? [pick(deaths, 'deaths-in-custody')] : []),
    ],
  };
}

/** The detention records a state draws: those dated up to `through` (all when null). */
export function visibleDetentions<T extends { date: string }>(records: readonly T[], through: string | null): T[] {
  return through === null ? [...records] : records.filter((r) => comparePartialDates(r.date, through) <= 0);
}

/** The ids of every source the chart data cites. */
export function elSalvadorSourceIds(data: ElSalvadorChartData): string[] {
  return [...new Set([data.trigger.source, ...data.detentions.map((d) => d.source), ...data.others.map((o) => o.source)])];
}
