import { z } from 'zod';
import { Confidence, PartialDate } from './sourceSchema';

/**
 * ISO 3166-1 alpha-3 codes of the countries an instrument involves. They are the
 * join key with the map topology (feature id = alpha-3), so no other spelling is allowed.
 */
export const CountryCode = z.enum(['USA', 'MEX', 'GTM', 'HND', 'SLV', 'CRI']);
export type CountryCode = z.infer<typeof CountryCode>;

/** What kind of text the instrument is, as its signatories or the reporting source call it. */
export const InstrumentType = z.enum([
  'memorandum-of-cooperation',
  'memorandum-of-understanding',
  'letter-of-intent',
  'arrangement',
  'joint-statement',
  'asylum-cooperative-agreement',
  'agreement',
  'programme',
]);
export type InstrumentType = z.infer<typeof InstrumentType>;

/**
 * Whether the text binds the parties. "not-stated" when no source says so either way;
 * "not-applicable" for programmes, which are not texts between states.
 */
export const Binding = z.enum(['binding', 'non-binding', 'not-stated', 'not-applicable']);
export type Binding = z.infer<typeof Binding>;

/**
 * Kinds of data a source says the instrument covers. Only what a source names:
 * "biometrics" when a source says "biometric data" without saying which.
 */
export const DataCategory = z.enum([
  'fingerprints',
  'face',
  'iris',
  'tattoos-scars',
  'biometrics',
  'biographic',
  'criminal-history',
  'personal-data',
  'information-intelligence',
]);
export type DataCategory = z.infer<typeof DataCategory>;

/** What the date of a record means. Access Now's "since 2013" is not a signing date, so it is kept apart. */
export const DateKind = z.enum(['signed', 'in-place-since', 'agreed', 'created', 'announced']);
export type DateKind = z.infer<typeof DateKind>;

/** Where the instrument stands, as far as a source says. */
export const Status = z.enum(['in-effect', 'signed', 'planned', 'in-operation', 'not-stated']);
export type Status = z.infer<typeof Status>;

/** One movement of data between two countries. */
export const Flow = z
  .object({
    /** Country that gives the data (for an exchange: the first party named). */
    from: CountryCode,
    /** Country that receives the data (for an exchange: the other party). */
    to: CountryCode,
    /** one-way: from → to; exchange: both ways, as a source says; not-stated: sharing without a stated direction. */
    direction: z.enum(['one-way', 'exchange', 'not-stated']),
    /** How we know the direction, in one sentence naming the source. */
    basis: z.string().min(10),
  })
  .strict();
export type Flow = z.infer<typeof Flow>;

/** A government body named as a signatory or operator. */
export const Agency = z
  .object({
    /** The body's country. */
    country: CountryCode,
    /** Its name as the source gives it, e.g. "Department of Homeland Security (DHS)". */
    name: z.string().min(2),
  })
  .strict();

/** A number a source reports about the record, e.g. the 52 migration stations. */
export const Figure = z
  .object({
    /** Stable key within the record, e.g. "stations". */
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The number as published. */
    value: z.number().nonnegative(),
    /** Unit of `value`: people, migration stations, U.S. dollars, countries or months. */
    unit: z.enum(['people', 'stations', 'usd', 'countries', 'months']),
    /** When the figure applies, as precisely as known. */
    asOf: PartialDate.optional(),
    /** What is counted, in a few words. */
    label: z.string().min(3),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** A primary, B secondary. */
    confidence: Confidence,
  })
  .strict();
export type Figure = z.infer<typeof Figure>;

/** A verbatim quote of fewer than 25 words, kept only where it carries the point. */
export const Quote = z
  .object({
    /** The words exactly as published ("[sic]" marks the source's typos). */
    text: z.string().min(3),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** Language of the quote, ISO 639-1. */
    language: z.enum(['en', 'es']),
  })
  .strict();

/** One instrument or programme for sharing biometric or personal data with the United States. */
export const Agreement = z
  .object({
    /** Unique kebab-case key, e.g. "usa-slv-bdsp-2019". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
    /** instrument: a text between governments; programme: an operation (BITMAP, the terminals in Mexico). */
    kind: z.enum(['instrument', 'programme']),
    /** stated: a source says the record shares data; not-stated: signed in the same package, no data sharing reported. */
    dataSharing: z.enum(['stated', 'not-stated']),
    /** Short English name for labels and the table. */
    name: z.string().min(3),
    /** Title of the text as published, when a source gives it. */
    officialTitle: z.string().min(3).optional(),
    /** Countries involved (ISO alpha-3); the United States is always one. */
    parties: z.array(CountryCode).min(1),
    /** What the sources say about parties they do not name (e.g. BITMAP's 14 countries). */
    partiesNote: z.string().optional(),
    /** Ministries and agencies named by the sources. */
    agencies: z.array(Agency),
    /** Type of text. */
    type: InstrumentType,
    /** The date, as precisely as known; null when no source gives one. */
    dateSigned: PartialDate.nullable(),
    /** What `dateSigned` means (signed, in place since, agreed, created, announced). */
    dateKind: DateKind,
    /** A later update of the same text, when a source reports one. */
    dateUpdated: PartialDate.optional(),
    /** Context for the date; required when `dateSigned` is null. */
    dateNote: z.string().optional(),
    /** Where it was signed, when reported. */
    place: z.string().optional(),
    /** Whether the text binds the parties. */
    binding: Binding,
    /** How we know: whose reading, or "not stated by any source we found". */
    bindingBasis: z.string().min(10),
    /** Kinds of data covered, only as the sources name them; empty when none is named. */
    dataCategories: z.array(DataCategory),
    /** Context for the data categories (wording of the source, what is missing). */
    dataNote: z.string().optional(),
    /** U.S. systems the data goes into, when a source names them. */
    receivingSystems: z.array(z.string()).optional(),
    /** Who gives data to whom; empty when no partner country is named or no data sharing is reported. */
    flows: z.array(Flow),
    /** Whose data is covered, in the sources' terms; null when not stated. */
    coverage: z.string().nullable(),
    /** The same in a few words, for a label on the map (e.g. "foreigners only"). */
    coverageShort: z.string().max(32).optional(),
    /** The stated purpose, in the sources' terms; null when not stated. */
    purpose: z.string().nullable(),
    /** Where it stands. */
    status: Status,
    /** Context for the status. */
    statusNote: z.string().optional(),
    /** Numbers the sources report about it. */
    figures: z.array(Figure).optional(),
    /** Short verbatim quotes that carry the point. */
    quotes: z.array(Quote).optional(),
    /** Source ids in data/sources.json: at least one. */
    sources: z.array(z.string().min(1)).min(1),
    /** A primary (government text or release), B secondary (news or NGO reading). */
    confidence: Confidence,
    /** Anything else a reader should know. */
    note: z.string().optional(),
  })
  .strict();
export type Agreement = z.infer<typeof Agreement>;

export const AgreementsFile = z
  .object({
    /** Dataset title. */
    title: z.string().min(3),
    /** One record per instrument or programme. */
    records: z.array(Agreement).min(1),
  })
  .strict();
export type AgreementsFile = z.infer<typeof AgreementsFile>;
