/**
 * Build step: the story pages' styles become one file, /_astro/story.<hash>.css. Inlined, they
 * were 37.6 KB raw and 8 KB gzip of every story page's HTML (issue 15's budget counts the HTML).
 * As a file they are fetched in parallel with the page and cached, and both editions share it
 * (the same components, so the same CSS: one hash). Measured on the story with Lighthouse's
 * throttled phone (3 runs each): first paint 1.06–1.08 s instead of 1.17–1.23 s, largest paint
 * 1.21–1.28 s instead of 1.35–1.44 s, because the shorter page arrives sooner. It runs after
 * images.ts, which keeps only the CSS each page uses, and before publish.ts, which writes the
 * pages' Content-Security-Policy from their final form (style-src already allows 'self').
 * Chart pages and embeds keep their styles inline: one small page each, where a second request
 * would cost more than it saves.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalStyles } from '../lib/build/externalStyles';
import { EDITIONS, editionPath } from '../lib/i18n/editions';

export default function storyStyles(): AstroIntegration {
  return {
    name: 'smart-borders:story-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const lang of EDITIONS) {
          const file = join(root, editionPath('/', lang), 'index.html');
          if (!existsSync(file)) continue;
          const html = readFileSync(file, 'utf8');
          let path = '';
          const moved = externalStyles(html, (css) => (path = `/_astro/story.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`));
          if (!moved) throw new Error(`storyStyles: ${file.slice(root.length)} has no <style> in its <head>`);
          writeFileSync(join(root, path), moved.css);
          writeFileSync(file, moved.html);
          logger.info(`${file.slice(root.length)}: styles as ${path} (${(moved.css.length / 1024).toFixed(1)} KB), ${(html.length / 1024).toFixed(0)} → ${(moved.html.length / 1024).toFixed(0)} KB`);
        }
      },
    },
  };
}
