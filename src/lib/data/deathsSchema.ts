import { z } from 'zod';
import { Confidence } from './sourceSchema';

/** One organisation's way of counting deaths; series are never added together. */
export const DeathSeries = z
  .object({
    /** Stable id that records point to, e.g. "usbp". */
    id: z.enum(['usbp', 'usbp-cbs', 'iom-usmx']),
    /** Who counts: "usbp" (U.S. Border Patrol / CBP) or "iom" (IOM Missing Migrants Project). */
    counter: z.enum(['usbp', 'iom']),
    /** fiscal: U.S. federal year ending 30 September; calendar: January–December. */
    period: z.enum(['fiscal', 'calendar']),
    /** What is counted, in one sentence. */
    definition: z.string().min(10),
  })
  .strict();

/** A figure someone else published for the same series and year, kept so that disagreements stay visible. */
export const AlternativeValue = z
  .object({
    /** The other published count (people). */
    value: z.number().int().nonnegative(),
    /** True when the source itself says "about" or "approximately". */
    approximate: z.boolean().default(false),
    /** Source id in data/sources.json. */
    source: z.string(),
    /** Why it differs. */
    note: z.string().min(3),
  })
  .strict();

/** One published count for one year of one series. Years with no published figure have no record. */
export const DeathRecord = z
  .object({
    /** Unique key: `${series}-${year}`. */
    id: z.string(),
    /** The series this value belongs to. */
    series: z.enum(['usbp', 'usbp-cbs', 'iom-usmx']),
    /** Fiscal or calendar year, depending on the series. */
    year: z.number().int().min(1990).max(2030),
    /** Deaths (USBP) or dead and missing (IOM): people, never negative. */
    value: z.number().int().nonnegative(),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** A primary, B secondary, C derived. */
    confidence: Confidence,
    /** Context a reader needs: revisions, partial years, scope. */
    note: z.string().min(3),
    /** True for the figure the story quotes when sources disagree. */
    storyUses: z.boolean().optional(),
    /** Other published counts for the same year and definition. */
    alternatives: z.array(AlternativeValue).optional(),
    /** Further source ids that report the same figure (corroboration, not a different value). */
    corroboratingSources: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export const DeathsFile = z
  .object({
    /** Dataset title. */
    title: z.string(),
    /** The series, each counted differently. */
    series: z.array(DeathSeries).min(1),
    /** One record per published value. */
    records: z.array(DeathRecord).min(1),
  })
  .strict();

export type DeathSeries = z.infer<typeof DeathSeries>;
export type DeathRecord = z.infer<typeof DeathRecord>;
export type DeathsFile = z.infer<typeof DeathsFile>;
