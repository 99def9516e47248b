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

/** One published count for one year of one series. Years for which we found no figure have no record. */
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

/** A number inside a finding, with what it counts and how the source qualifies it. */
export const FindingFigure = z
  .object({
    /** What the number is, in words. */
    label: z.string().min(3),
    /** The number as published (a fraction 0–1 when unit is "fraction"). */
    value: z.number().nonnegative(),
    /** Unit: "deaths", "people", "fraction", "deaths per 100,000 apprehensions". */
    unit: z.string().min(3),
    /** How the source words it. */
    qualifier: z.enum(['exact', 'about', 'at-least', 'more-than', 'nearly']),
  })
  .strict();

/**
 * What investigations and audits found about the counts themselves: undercounts,
 * cumulative totals, trends and official caveats. Kept beside the yearly records so
 * the story's "why the counts disagree" traces to data like every other figure.
 */
export const Finding = z
  .object({
    /** Unique kebab-case id. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** undercount, cumulative (a total over years), trend, statement (a stated finding or explanation), or context (a figure that frames the counts, e.g. border encounters). */
    kind: z.enum(['undercount', 'cumulative', 'trend', 'statement', 'context']),
    /** Years covered, when the finding has a span. */
    span: z.object({ from: z.number().int(), to: z.number().int(), period: z.enum(['fiscal', 'calendar']) }).strict().optional(),
    /** The finding in one or two plain sentences. */
    text: z.string().min(10),
    /** Its numbers; empty for statements. */
    figures: z.array(FindingFigure),
    /** Other published values for the same total (cumulative findings). */
    alternatives: z.array(AlternativeValue).optional(),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** A primary, B secondary, C derived. */
    confidence: Confidence,
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
    /** Findings about how complete the counts are. */
    findings: z.array(Finding).default([]),
  })
  .strict();

export type DeathSeries = z.infer<typeof DeathSeries>;
export type DeathRecord = z.infer<typeof DeathRecord>;
export type DeathsFile = z.infer<typeof DeathsFile>;
export type Finding = z.infer<typeof Finding>;
