/**
 * Island props out of the HTML. Astro writes every island's props into its page, escaped into
 * an attribute; the story's seven scrollies carried 150 KB of them, parsed before the reader
 * sees the second screen. Islands marked `client:fetch-props` (fetchPropsDirective.ts) get theirs
 * from a content-hashed file instead, /_astro/props/<hash>.json, fetched as they scroll into view.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const unescapeAttr = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A page with its `client:fetch-props` islands' props moved to files (path → JSON text). */
export function moveIslandProps(page: string): { html: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  const html = page.replace(/<astro-island\b[^>]*>/g, (open) => {
    if (!/\sclient="fetch-props"/.test(open)) return open;
    const m = /\sprops="([^"]*)"/.exec(open);
    if (!m || m[1] === '{}') return open;
    const json = unescapeAttr(m[1]!);
    const path = `/_astro/props/${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;
    files.set(path, json);
    return open.replace(m[0], ` props="{}" data-props-src="${path}"`);
  });
  return { html, files };
}

export default function islandProps(): AstroIntegration {
  return {
    name: 'smart-borders:island-props',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'fetch-props', entrypoint: fileURLToPath(new URL('./fetchPropsDirective.ts', import.meta.url)) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) {
          const page = readFileSync(file, 'utf8');
          const { html, files } = moveIslandProps(page);
          if (!files.size) continue;
          mkdirSync(join(root, '_astro/props'), { recursive: true });
          for (const [path, json] of files) writeFileSync(join(root, path), json);
          writeFileSync(file, html);
          logger.info(`${file.slice(root.length)}: props of ${files.size} islands as files, ${(page.length / 1024).toFixed(0)} → ${(html.length / 1024).toFixed(0)} KB`);
        }
      },
    },
  };
}
