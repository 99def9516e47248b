import { z } from 'zod';
import { Confidence, PartialDate } from './sourceSchema';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

/**
 * Who is speaking: a government body or official, a company, an auditor (GAO, a UN body),
 * a researcher (a think tank or university), or a critic (a rights group, an advocacy group).
 */
export const Side = z.enum(['official', 'company', 'auditor', 'researcher', 'critic']);
export type Side = z.infer<typeof Side>;

/** The story sections a statement belongs to (the ids of src/content/<lang>/*.md). */
export const Topic = z.enum(['route', 'smart-borders', 'data-economy', 'cbp-one', 'across-borders', 'next-database', 'what-it-means']);

/**
 * One sourced position: what a government, company, auditor or critic says about a tool,
 * in our words (`claim`), with a short quote in the source's words. The story's "official case"
 * box and the teachers' perspectives activity are built from these records.
 */
export const Statement = z
  .object({
    /** Unique key, kebab-case. */
    id: Id,
    /** Who is speaking (see Side). */
    side: Side,
    /** The speaker as a reader would name them, e.g. "U.S. Department of Homeland Security". */
    speaker: z.string().min(2),
    /** The story section the statement belongs to. */
    topic: Topic,
    /** When it was said, as precisely as known. */
    date: PartialDate.optional(),
    /** What the speaker says, in our words, one or two sentences; it names no one else's view as fact. */
    claim: z.string().min(10).max(320),
    /** The speaker's words as the source gives them, at most 30 words. */
    quote: z.string().min(3).refine((q) => q.trim().split(/\s+/).length <= 30, 'a quote of at most 30 words'),
    /** Language of the quote when it is not the page's (ISO 639-1). */
    quoteLang: z.enum(['en', 'es']),
    /** Shown in the story's "The official case" box (officials and companies only). */
    officialCase: z.boolean(),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** A primary (the speaker's own text), B secondary (reported by others). */
    confidence: Confidence,
  })
  .strict();
export type Statement = z.infer<typeof Statement>;

export const StatementsFile = z.object({ statements: z.array(Statement).min(1) }).strict();
export type StatementsFile = z.infer<typeof StatementsFile>;
