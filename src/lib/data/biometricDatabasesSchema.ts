import { z } from 'zod';
import { Confidence, PartialDate } from './sourceSchema';
import { CountQualifier } from './countQualifierSchema';

/** A count as a source states it, with the source's own qualifier. */
export const QualifiedCount = z
  .object({
    /** The number the source gives (identities, records or transactions; never negative). */
    value: z.number().int().nonnegative(),
    /** "more-than", "about", "nearly" …: how the source words it. */
    qualifier: CountQualifier,
    /** Scope the reader needs (e.g. "before the COVID-19 pandemic"). */
    note: z.string().min(3).optional(),
  })
  .strict();

/** One published size of IDENT at one time. Years for which we found no figure have no record. */
export const IdentCount = z
  .object({
    /** Unique key, e.g. "ident-2021". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
    /** When the figure applied, only as precise as known. */
    date: PartialDate,
    /** Latest date the figure could apply to, when the source is undated (the record spans date…dateLatest). */
    dateLatest: PartialDate.optional(),
    /** Why the date is uncertain. */
    dateNote: z.string().min(3).optional(),
    /** Unique identities (or people) held. */
    identities: QualifiedCount,
    /** Transactions (searches, enrolments) a day. */
    transactionsPerDay: QualifiedCount.optional(),
    /** Records on the national watchlist held inside IDENT. */
    watchlistRecords: QualifiedCount.optional(),
    /** official: DHS, OBIM or GAO figures; vendor: a supplier's marketing claim. */
    claimKind: z.enum(['official', 'vendor']),
    /** Source id (data/sources.json) of the page we read. */
    source: z.string().min(1),
    /** Source id of the original report when we read the figure in someone else's summary. */
    reports: z.string().min(1).optional(),
    /** A primary, B secondary, C derived. */
    confidence: Confidence,
    /** Verbatim words from the source (under 25 words), so the figure can be checked. */
    quote: z.string().min(3).optional(),
    /** Context: scope, definition, why it may differ. */
    note: z.string().min(3),
    /** True for the figures the story and the chart's main line use. */
    storyUses: z.boolean().optional(),
  })
  .strict();

/** A figure someone published (often the source article) that we could not find in any source. */
export const NotFound = z
  .object({
    /** Unique key. */
    id: z.string().min(1),
    /** The claim, in words. */
    claim: z.string().min(3),
    /** Source id of the publication that makes or prompted the claim. */
    claimedBy: z.string().min(1),
    /** What was searched, so the search can be repeated. */
    tried: z.array(z.string().min(2)).min(1),
    /** Ids of the nearest published counts (records of ident.counts). */
    nearest: z.array(z.string()).min(1),
    /** What the reader should know. */
    note: z.string().min(3),
  })
  .strict();

/** One sourced fact about HART. */
export const HartFact = z
  .object({
    /** Unique key. */
    id: z.string().min(1),
    /** What the fact is about. */
    topic: z.enum(['purpose', 'status', 'hosting', 'contract', 'cost', 'data-subjects']),
    /** The fact in one plain sentence. */
    text: z.string().min(10),
    /** A few words for a chart label (e.g. "AWS GovCloud"). */
    short: z.string().min(2).max(40).optional(),
    /** An amount in U.S. dollars, when the fact is a cost. */
    amountUSD: z.number().nonnegative().optional(),
    /** When the fact was stated. */
    asOf: PartialDate,
    /** Source id of the page we read. */
    source: z.string().min(1),
    /** Source id of the original report when we read the fact in someone else's summary. */
    reports: z.string().min(1).optional(),
    /** A primary, B secondary. */
    confidence: Confidence,
    /** Verbatim words from the source. */
    quote: z.string().min(3).optional(),
    /** Context. */
    note: z.string().min(3).optional(),
  })
  .strict();

/** A kind of biometric HART stores or may store. */
export const Modality = z
  .object({
    /** Unique key. */
    id: z.string().min(1),
    /** Name for readers. */
    name: z.string().min(2),
    /** increment-1: in the first build; possible-later: named as a possible later addition. */
    phase: z.enum(['increment-1', 'possible-later']),
    /** Source id. */
    source: z.string().min(1),
    /** A primary, B secondary. */
    confidence: Confidence,
  })
  .strict();

/** A planned completion date of a HART milestone under one baseline. */
export const Milestone = z
  .object({
    /** Unique key, e.g. "ioc-2019". */
    id: z.string().min(1),
    /** initial-operating-capability (replacing IDENT) or full-programme. */
    milestone: z.enum(['initial-operating-capability', 'full-programme']),
    /** When DHS set this plan (the baseline), month precision. */
    baseline: PartialDate,
    /** Planned completion date, or null when the baseline set none. */
    planned: PartialDate.nullable(),
    /** GAO's words when there is no date (e.g. "Not yet planned"). */
    plannedNote: z.string().min(3).optional(),
    /** Source id. */
    source: z.string().min(1),
    /** A primary, B secondary. */
    confidence: Confidence,
  })
  .strict();

/** A schedule slip between two plans for the same milestone. */
export const Slip = z
  .object({
    /** Unique key. */
    id: z.string().min(1),
    /** Milestone id of the earlier plan. */
    from: z.string().min(1),
    /** Milestone id of the later plan. */
    to: z.string().min(1),
    /** Delay in months as the source states it (checked against the two dates). */
    months: z.number().int().positive(),
    /** Source id. */
    source: z.string().min(1),
    /** A primary, B secondary. */
    confidence: Confidence,
    /** Verbatim words from the source. */
    quote: z.string().min(3).optional(),
  })
  .strict();

/** A risk of HART that someone raised, and who. */
export const Risk = z
  .object({
    /** Unique key. */
    id: z.string().min(1),
    /** The risk in one plain sentence. */
    risk: z.string().min(10),
    /** The risk in a few words, for a chart row (at most 34 characters). */
    label: z.string().min(3).max(34),
    /** Who raised or acknowledged it: DHS itself, its auditor GAO, or the advocacy group EFF. */
    raisedBy: z.enum(['DHS', 'GAO', 'EFF']),
    /** Source id where we read it. */
    source: z.string().min(1),
    /** True when only the source article (Access Now) reports it and we found no other source. */
    onlyInSourceArticle: z.boolean(),
    /** A primary, B secondary. */
    confidence: Confidence,
    /** Verbatim words from the source. */
    quote: z.string().min(3).optional(),
    /** Context. */
    note: z.string().min(3).optional(),
  })
  .strict();

export const BiometricDatabasesFile = z
  .object({
    /** Dataset title. */
    title: z.string().min(3),
    ident: z
      .object({
        /** When and by whom IDENT was built. */
        origin: z
          .object({
            /** Year IDENT was built. */
            year: z.number().int().min(1980).max(2030),
            /** The agency that built it. */
            builtBy: z.string().min(2),
            /** Source id. */
            source: z.string().min(1),
            /** A primary, B secondary. */
            confidence: Confidence,
            /** Verbatim words from the source. */
            quote: z.string().min(3),
          })
          .strict(),
        /** Published sizes over time, in date order. */
        counts: z.array(IdentCount).min(1),
        /** Figures in circulation that no source supports. */
        notFound: z.array(NotFound),
      })
      .strict(),
    hart: z
      .object({
        /** The system HART replaces. */
        replaces: z.literal('IDENT'),
        /** Status, hosting, contract, cost, data subjects. */
        facts: z.array(HartFact).min(1),
        /** Biometric modalities. */
        modalities: z.array(Modality).min(1),
        /** Plans and slips. */
        schedule: z.object({ milestones: z.array(Milestone).min(1), slips: z.array(Slip) }).strict(),
        /** Risks raised or acknowledged. */
        risks: z.array(Risk).min(1),
      })
      .strict(),
  })
  .strict();

export type QualifiedCount = z.infer<typeof QualifiedCount>;
export type IdentCount = z.infer<typeof IdentCount>;
export type NotFound = z.infer<typeof NotFound>;
export type HartFact = z.infer<typeof HartFact>;
export type Modality = z.infer<typeof Modality>;
export type Milestone = z.infer<typeof Milestone>;
export type Slip = z.infer<typeof Slip>;
export type Risk = z.infer<typeof Risk>;
export type BiometricDatabasesFile = z.infer<typeof BiometricDatabasesFile>;
