import { z } from 'zod';
import { Confidence, PartialDate } from './sourceSchema';

/**
 * How a published figure is worded. A source that says "more than 765,000" is not
 * saying 765,000: the qualifier travels with the number to every label.
 */
export const Qualifier = z.enum(['exact', 'about', 'at-least', 'more-than']);
export type Qualifier = z.infer<typeof Qualifier>;

/** Another source's figure for the same quantity, kept so a disagreement stays visible. */
export const AlternativeFigure = z
  .object({
    /** The other published value, in the same unit as the figure. */
    value: z.number().nonnegative(),
    /** How the other source words it. */
    qualifier: Qualifier,
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** Why it differs, or what else is known about it. */
    note: z.string().min(3),
  })
  .strict();

/** One published number with its unit, date, wording and source. */
export const Figure = z
  .object({
    /** Unique key within the file, kebab-case. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
    /** What is measured: usd (US dollars), records, subpoenas, people, appointments, appointments-per-day, years, towers, systems, ports, pages (of released records). */
    unit: z.enum(['usd', 'records', 'records-per-month', 'subpoenas', 'people', 'appointments', 'appointments-per-day', 'years', 'towers', 'systems', 'ports', 'pages']),
    /** The number as published (never negative). */
    value: z.number().nonnegative(),
    /** How the source words it. */
    qualifier: Qualifier,
    /** What the number counts, in one short phrase ("annual subscription, 2019"). */
    label: z.string().min(3),
    /** When the figure applies or was reported, only as precise as known. */
    date: PartialDate.optional(),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** A primary, B secondary, C derived. */
    confidence: Confidence,
    /** True for the value the story quotes when sources disagree. */
    storyUses: z.boolean().optional(),
    /** Other published values for the same quantity. */
    alternatives: z.array(AlternativeFigure).optional(),
    /** Context a reader needs. */
    note: z.string().optional(),
  })
  .strict();
export type Figure = z.infer<typeof Figure>;

/** Source ids a figure cites, with the field path an error should name. */
export function figureCitations(f: Figure, prefix = ''): { field: string; id: string }[] {
  const at = prefix ? `${prefix}.` : '';
  return [
    { field: `${at}source`, id: f.source },
    ...(f.alternatives ?? []).map((a, i) => ({ field: `${at}alternatives.${i}.source`, id: a.source })),
  ];
}
