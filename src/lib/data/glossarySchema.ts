import { z } from 'zod';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

/**
 * One word students may stumble on: the term as a reader sees it, a short definition in our
 * own words, the phrases the story uses for it (its first use is linked to /glossary/#<id>),
 * and the source the definition rests on.
 */
export const GlossaryTerm = z
  .object({
    /** Anchor on /glossary/ (`<dfn id>`), kebab-case; never rename once published. */
    id: Id,
    /** The term as shown, e.g. "IDENT" or "administrative subpoena". */
    term: z.string().min(2),
    /** One or two sentences in our own words, plain enough for grade 9. */
    definition: z.string().min(20).max(320),
    /** The phrases the story uses for the term, longest first; matched whole-word, case-sensitive for acronyms. */
    match: z.array(z.string().min(2)).min(1),
    /** Source id in data/sources.json the definition rests on. */
    source: z.string().min(1),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const GlossaryFile = z.object({ terms: z.array(GlossaryTerm).min(20) }).strict();
export type GlossaryFile = z.infer<typeof GlossaryFile>;
