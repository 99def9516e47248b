/**
 * First build step (astro:build:start): every published dataset is loaded and validated
 * (src/lib/data/catalogEntries.ts: the same loaders the pages use) before anything is bundled,
 * so a malformed file fails the build in seconds, with the loader's message naming the file,
 * the record, the field, what was received and what was expected. The pages load the data
 * again as they render (a dataset the catalog does not publish is checked there).
 */
import type { AstroIntegration } from 'astro';
import { CATALOG } from '../lib/data/catalogEntries';

export default function dataCheck(): AstroIntegration {
  return {
    name: 'smart-borders:data-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        let records = 0;
        for (const entry of CATALOG) records += entry.build().recordCount;
        logger.info(`${CATALOG.length} datasets valid (${records} records) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
