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
 *
 * The print styles (a `media="print"` link at the end of the page) join the same file, last, so
 * they still follow every rule they override: one request fewer before the first paint, for
 * 0.5 KB gzip. Then the story's scripts and the route map's shape files start after the first
 * paint (src/lib/build/afterFirstPaint.ts). Measured on Lighthouse's throttled phone
 * (median of 5): largest paint 1.38 s before, 1.06 s after, on both editions.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterFirstPaint } from '../lib/build/afterFirstPaint';
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
          const page = file.slice(root.length);
          const html = readFileSync(file, 'utf8');
          const print = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)" media="print">/.exec(html);
          if (!print) throw new Error(`storyStyles: ${page} received no <link rel="stylesheet" … media="print">; expected the story's print styles (StoryPage.astro)`);
          const printCss = readFileSync(join(root, print[1]!), 'utf8');
          if (!printCss.trimStart().replace(/^\/\*[\s\S]*?\*\//, '').trimStart().startsWith('@media print')) throw new Error(`storyStyles: ${print[1]} does not start with @media print; expected print-only rules`);
          let path = '';
          let all = '';
          const moved = externalStyles(html.replace(print[0], ''), (css) => {
            all = `${css}\n${printCss}`;
            return (path = `/_astro/story.${createHash('sha256').update(all).digest('base64url').slice(0, 8)}.css`);
          });
          if (!moved) throw new Error(`storyStyles: ${page} has no <style> in its <head>`);
          const late = afterFirstPaint(moved.html, page);
          writeFileSync(join(root, path), all);
          writeFileSync(file, late.html);
          logger.info(`${page}: styles and print styles as ${path} (${(all.length / 1024).toFixed(1)} KB), ${(html.length / 1024).toFixed(0)} → ${(late.html.length / 1024).toFixed(0)} KB; ${late.scripts.length} scripts and ${late.shapes} shape files after the first paint`);
        }
      },
    },
  };
}
