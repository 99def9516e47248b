import { z } from 'zod';
import { Confidence, PartialDate } from './sourceSchema';
import { Figure } from './figureSchema';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

/** A company, a group of platforms, or an agency that receives data. */
export const ToolNode = z
  .object({
    /** Stable kebab-case id that links point to, e.g. "lexisnexis". */
    id: Id,
    /** Display name, e.g. "LexisNexis Risk Solutions". */
    name: z.string().min(2),
    /** agency: receives data (ICE, CBP); vendor: sells data or tools; platforms: companies compelled to hand data over; parent: owns a vendor. */
    kind: z.enum(['agency', 'vendor', 'platforms', 'parent']),
    /** For a group of platforms: the companies in it. */
    members: z.array(z.string().min(2)).optional(),
    /** For a vendor: the id of the company that owns it. */
    parent: Id.optional(),
    /** One sentence on who this is. */
    note: z.string().min(3),
    /** Source ids in data/sources.json. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A dated step in a relationship: a contract signed, an approval, a report. */
export const ToolEvent = z
  .object({
    /** The date, only as precise as it is known. */
    date: PartialDate,
    /** What happened. */
    text: z.string().min(3),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** A primary, B secondary, C derived. */
    confidence: Confidence,
  })
  .strict();

/** One flow of data from a supplier to an agency. */
export const ToolLink = z
  .object({
    /** Unique key, e.g. "lexisnexis-ice". */
    id: Id,
    /** Node id of the supplier (vendor or platforms). */
    from: Id,
    /** Node id of the receiving agency. */
    to: Id,
    /** The product or legal instrument, e.g. "Babel X" or "administrative subpoenas". */
    tool: z.string().min(2),
    /** contract: the agency pays; subpoena: the agency compels, no payment. */
    mechanism: z.enum(['contract', 'subpoena']),
    /** Data category, which the figure colours and patterns by. */
    category: z.enum(['online-accounts', 'social-media', 'public-records', 'licence-plates']),
    /** Kinds of data that flow, in plain words. */
    data: z.array(z.string().min(3)).min(1),
    /** Money, record counts and other figures for this flow. */
    figures: z.array(Figure),
    /** Dated steps, oldest first. */
    events: z.array(ToolEvent),
    /** A primary, B secondary, C derived (the weakest of the figures). */
    confidence: Confidence,
    /** What a reader should know, including what is not known. */
    note: z.string().min(3),
    /** Source ids in data/sources.json. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A corporate event in the network, e.g. an acquisition, with the dates sources give. */
export const Ownership = z
  .object({
    /** Unique key. */
    id: Id,
    /** Node id of the buyer. */
    buyer: Id,
    /** Node id of the company bought (or whose parent was bought). */
    target: Id,
    /** What was bought, as sources name it. */
    text: z.string().min(3),
    /** Price and other figures. */
    figures: z.array(Figure),
    /** Each year a source gives for the deal; more than one means sources disagree. */
    dates: z
      .array(
        z
          .object({
            /** The date given. */
            date: PartialDate,
            /** Source id, when the page that gives the date is known. */
            source: z.string().min(1).optional(),
            /** Where this date comes from and how sure it is. */
            note: z.string().min(3),
          })
          .strict(),
      )
      .min(1),
    /** Which date the story uses: one of `dates`, or "both" when the story states the disagreement. */
    storyUses: z.union([PartialDate, z.literal('both')]),
    /** Source ids in data/sources.json. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const ToolsFile = z
  .object({
    /** Dataset title. */
    title: z.string(),
    /** Suppliers and agencies. */
    nodes: z.array(ToolNode).min(2),
    /** Who supplies which data to which agency. */
    links: z.array(ToolLink).min(1),
    /** Acquisitions linking vendors to their owners. */
    ownership: z.array(Ownership),
    /** Related figures that are not a supplier-to-agency flow (border towers, cameras). */
    context: z.array(Figure),
    /** Figures looked for and not found, in words. */
    missing: z.array(z.string().min(3)),
  })
  .strict();

export type ToolNode = z.infer<typeof ToolNode>;
export type ToolLink = z.infer<typeof ToolLink>;
export type ToolEvent = z.infer<typeof ToolEvent>;
export type Ownership = z.infer<typeof Ownership>;
export type ToolsFile = z.infer<typeof ToolsFile>;
