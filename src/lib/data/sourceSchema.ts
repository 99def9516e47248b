import { z } from 'zod';
import { isRealDate } from './partialDates';

/** How directly a figure is known: A primary, B secondary (reported by), C derived by us from a data file. */
export const Confidence = z.enum(['A', 'B', 'C']);
export type Confidence = z.infer<typeof Confidence>;

/** An ISO date known to the day, the month or the year: "2019-09-27", "2019-09", "2019". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  // The pattern lets 2020-02-30 through; the calendar does not (it would be shown as March 1).
  .refine(isRealDate, 'a real calendar date (no 30 February, no 31 April)');

/** One publication that at least one record cites. */
export const Source = z
  .object({
    /** Stable kebab-case id that records cite, e.g. "gao-21-386". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
    /** The original publisher (not the mirror we read it on), e.g. "U.S. Government Accountability Office". */
    publisher: z.string().min(2),
    /** The title as published. */
    title: z.string().min(2),
    /** Publication date, only as precise as it is known. */
    date: PartialDate.optional(),
    /** The original publisher's URL (https only), never a mirror's; omitted when no original was found. */
    url: z.url({ protocol: /^https$/, error: 'an https URL of the original publisher' }).optional(),
    /**
     * How we read it when not on the original ("Read via a syndicated copy (X)"), or why there is
     * no URL. With a `url`, it names the copy the figures were read on; the link is the original.
     */
    urlNote: z.string().optional(),
    /** primary: the body that made the figure (government, GAO, IOM); secondary: news or NGO reporting it. */
    kind: z.enum(['primary', 'secondary']),
    /** Language of the publication, ISO 639-1. */
    language: z.enum(['en', 'es']),
    /** Anything a reader should know about the source. */
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.object({ sources: z.array(Source).min(1) }).strict();
export type SourcesFile = z.infer<typeof SourcesFile>;
