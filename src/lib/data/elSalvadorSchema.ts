import { z } from 'zod';
import { Confidence, PartialDate } from './sourceSchema';
import { CountQualifier } from './countQualifierSchema';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

/** A different figure for the same thing, kept so that disagreements stay visible. */
export const AlternativeCount = z
  .object({
    /** The other published figure. */
    value: z.number().int().nonnegative(),
    /** How that source words it. */
    qualifier: CountQualifier,
    /** Who gave the figure (e.g. "Ministry of Security"). */
    reportedBy: z.string().min(2),
    /** Source id. */
    source: z.string().min(1),
    /** Why it differs. */
    note: z.string().min(3),
  })
  .strict();

/** The homicide count that preceded the decree; sources disagree, so each is a record. */
export const TriggerCount = z
  .object({
    /** Unique key. */
    id: Id,
    /** Homicides. */
    value: z.number().int().nonnegative(),
    /** How the source words it. */
    qualifier: CountQualifier,
    /** The period counted ("Saturday 26 March 2022", "a weekend"). */
    period: z.string().min(3),
    /** Source id. */
    source: z.string().min(1),
    /** Other sources that give the same figure. */
    alsoSources: z.array(z.string()).optional(),
    /** A primary, B secondary. */
    confidence: Confidence,
    /** Verbatim words from the source (Spanish). */
    quote: z.string().min(3),
    /** Context. */
    note: z.string().min(3).optional(),
    /** True for the figure the story quotes. */
    storyUses: z.boolean().optional(),
  })
  .strict();

/** A constitutional guarantee the measure suspends. */
export const SuspendedRight = z
  .object({
    /** Unique key. */
    id: Id,
    /** The guarantee, in plain English. */
    right: z.string().min(5),
    /** suspended: throughout; suspended-at-first: only in the first decree(s). */
    status: z.enum(['suspended', 'suspended-at-first']),
    /** Source id. */
    source: z.string().min(1),
    /** Other sources. */
    alsoSources: z.array(z.string()).optional(),
    /** A primary, B secondary. */
    confidence: Confidence,
    /** Verbatim words from the source. */
    quote: z.string().min(3).optional(),
    /** Context. */
    note: z.string().min(3).optional(),
  })
  .strict();

/** One 30-day extension (prórroga) for which we have a source. */
export const Extension = z
  .object({
    /** Ordinal number of the extension (1 = first). */
    number: z.number().int().positive(),
    /** Date the Legislative Assembly approved it, or null when no source gives it. */
    approved: PartialDate.nullable(),
    /** First day in force. */
    inForceFrom: PartialDate.optional(),
    /** Last day in force. */
    inForceUntil: PartialDate.optional(),
    /** Votes, as reported: in favour, against, and the Assembly's size. */
    votes: z
      .object({
        /** Deputies voting in favour. */
        for: z.number().int().nonnegative(),
        /** Deputies voting against, when reported. */
        against: z.number().int().nonnegative().optional(),
        /** Seats in the Assembly, when the source gives "of N". */
        of: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /** Source id. */
    source: z.string().min(1),
    /** Other sources. */
    alsoSources: z.array(z.string()).optional(),
    /** A primary, B secondary. */
    confidence: Confidence,
    /** Context (approximate dates, disagreements). */
    note: z.string().min(3).optional(),
  })
  .strict();

/** Cumulative detentions under the measure, as reported at one date. */
export const DetentionCount = z
  .object({
    /** Unique key. */
    id: Id,
    /** Date of the figure, only as precise as known. */
    date: PartialDate,
    /** People detained since 27 March 2022 (cumulative). */
    value: z.number().int().nonnegative(),
    /** How the source words it: "more-than", "about" … */
    qualifier: CountQualifier,
    /** Number of the extension the figure was reported with, or null. */
    extension: z.number().int().positive().nullable(),
    /** Whose figure it is (always the government's so far). */
    reportedBy: z.enum(['government']),
    /** Source id. */
    source: z.string().min(1),
    /** A primary, B secondary. */
    confidence: Confidence,
    /** Verbatim words from the source (Spanish). */
    quote: z.string().min(3),
    /** Context. */
    note: z.string().min(3).optional(),
    /** True for the figures the story quotes. */
    storyUses: z.boolean().optional(),
    /** Other figures for the same moment. */
    alternatives: z.array(AlternativeCount).optional(),
  })
  .strict();

/** A count of releases, complaints or deaths in custody. */
export const OtherCount = z
  .object({
    /** Unique key. */
    id: Id,
    /** What is counted (abuses only). */
    kind: z.enum(['complaints', 'deaths-in-custody']).optional(),
    /** Date reported. */
    date: PartialDate,
    /** The count. */
    value: z.number().int().nonnegative(),
    /** How the source words it. */
    qualifier: CountQualifier,
    /** Who counted. */
    reportedBy: z.string().min(2),
    /** Source id. */
    source: z.string().min(1),
    /** A primary, B secondary. */
    confidence: Confidence,
    /** Verbatim words from the source (Spanish). */
    quote: z.string().min(3),
    /** Context. */
    note: z.string().min(3).optional(),
  })
  .strict();

export const ElSalvadorFile = z
  .object({
    /** Dataset title. */
    title: z.string().min(3),
    /** The original decree. */
    decree: z
      .object({
        /** Date decreed. */
        date: PartialDate,
        /** Length of the first period, days. */
        durationDays: z.number().int().positive(),
        /** Who approved it. */
        approvedBy: z.string().min(3),
        /** Deputies voting in favour, when reported. */
        votesFor: z.number().int().nonnegative().optional(),
        /** Source id for the vote. */
        votesSource: z.string().min(1).optional(),
        /** Source id. */
        source: z.string().min(1),
        /** A primary, B secondary. */
        confidence: Confidence,
        /** Verbatim words from the source. */
        quote: z.string().min(3),
      })
      .strict(),
    /** Homicide counts reported as the trigger. */
    trigger: z.array(TriggerCount).min(1),
    /** Guarantees suspended. */
    rights: z.array(SuspendedRight).min(1),
    /** How many extensions have been approved, as of when. */
    extensionsToDate: z.object({ count: z.number().int().positive(), asOf: PartialDate, source: z.string().min(1), confidence: Confidence }).strict(),
    /** Extensions with a source, in order. */
    extensions: z.array(Extension).min(1),
    /** Cumulative detentions, in date order. */
    detentions: z.array(DetentionCount).min(1),
    /** People released. */
    releases: z.array(OtherCount),
    /** Complaints and deaths in custody. */
    abuses: z.array(OtherCount),
  })
  .strict();

export type AlternativeCount = z.infer<typeof AlternativeCount>;
export type TriggerCount = z.infer<typeof TriggerCount>;
export type SuspendedRight = z.infer<typeof SuspendedRight>;
export type Extension = z.infer<typeof Extension>;
export type DetentionCount = z.infer<typeof DetentionCount>;
export type OtherCount = z.infer<typeof OtherCount>;
export type ElSalvadorFile = z.infer<typeof ElSalvadorFile>;
