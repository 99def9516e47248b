/**
 * The last build step, after every other integration has finished rewriting the pages:
 * - every page gets its Content-Security-Policy (src/lib/publish/csp.ts), hashing the inline
 *   scripts and styles it holds in its final form;
 * - `_headers` (Netlify, Cloudflare Pages) carries what a `<meta>` cannot (src/lib/publish/headers.ts);
 * - `robots.txt` points crawlers at the sitemap.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPolicy, inlineScripts } from '../lib/publish/csp.ts';
import { formatHeadersFile, headerRules, pageFolders } from '../lib/publish/headers.ts';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** robots.txt: everything may be crawled; the sitemap lists the pages. */
export const robotsTxt = (site: string) => `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;

export default function publish(): AstroIntegration {
  let site = '';
  return {
    name: 'smart-borders:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = String(config.site);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root);
        let scripts = 0;
        for (const file of pages) {
          const page = readFileSync(file, 'utf8');
          const html = withPolicy(page, relative(root, file));
          scripts += inlineScripts(html).length;
          writeFileSync(file, html);
        }
        writeFileSync(join(root, '_headers'), formatHeadersFile(headerRules(pageFolders(pages.map((f) => relative(root, f))))));
        writeFileSync(join(root, 'robots.txt'), robotsTxt(site));
        logger.info(`${pages.length} pages carry their Content-Security-Policy (${scripts} inline scripts hashed); _headers and robots.txt written`);
      },
    },
  };
}
