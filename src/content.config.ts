import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Story sections, one Markdown file per section and language: src/content/<lang>/<NN-slug>.md */
const story = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.md', base: './src/content' }),
  schema: z.object({
    /** Section heading. */
    title: z.string(),
    /** Anchor slug of the section (#id). */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Position in the story, from 0 (the lede). */
    order: z.number().int().nonnegative(),
    /** One sentence for the table of contents. */
    summary: z.string().optional(),
    /** False for the lede, which runs under the story's own header. */
    heading: z.boolean().default(true),
  }),
});

export const collections = { story };
