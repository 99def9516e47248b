/**
 * One script for the story's charts. The site's islands share chunks cut for every page: the
 * Svelte runtime, each chart, each helper a few charts use, each scrolly wrapper. A chart page
 * loads its chart and what it needs; the story loads all seven charts, so it fetched some thirty
 * files, and gzip compressed each alone: the same compiled-Svelte patterns and import lists, learnt
 * again in every file. After the build, the story's scrolly islands (`*Scrolly.svelte`, with
 * Astro's Svelte renderer) are bundled again as one file, shaken to what they run and compressed
 * as one, and the story pages of both editions load it: each island imports its own export
 * (`component-export`) and the renderer (default export) from that one module, so one Svelte
 * runtime. The story's JavaScript fell from 63.7 to about 53 KB gzip (issue 15).
 *
 * Each island still hydrates on its own, when it comes into view, inside its own error boundary:
 * a chart that throws falls back to its static figure and leaves the others working. The file
 * loads with the first island that comes into view; the browser compiles it off the main thread as
 * it streams in (the compile hint below), and its top level only defines functions.
 * Embeds do the same per chart (embedBundles.ts); chart pages keep the shared chunks.
 */
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ISLAND = /<astro-island\b[^>]*>/g;
/** The scrolly wrapper an island loads, from its built chunk's name (`DeathsScrolly.AbC123.js`); null for other islands. */
const scrollyName = (open: string) => /\scomponent-url="\/_astro\/([A-Za-z]+Scrolly)\.[\w-]+\.js"/.exec(open)?.[1] ?? null;

/** Bundles the named scrolly wrappers with Astro's Svelte renderer into dist/_astro; returns the file's URL path. */
async function bundle(root: string, out: string, names: string[]): Promise<string> {
  const entry = '\0smart-borders-story-entry';
  const exports = names.map((n) => `export { default as ${n} } from ${JSON.stringify(join(root, 'src/components/story/scrollies', `${n}.svelte`))};`);
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [
      {
        name: 'smart-borders:story-entry',
        resolveId: (id) => (id === 'smart-borders:story-entry' ? entry : null),
        load: (id) => (id === entry ? `${exports.join('\n')}\nexport { default } from '@astrojs/svelte/client.js';\n` : null),
      },
      svelte({ configFile: join(root, 'svelte.config.js'), emitCss: false, compilerOptions: { css: 'external' } }),
    ],
    build: {
      outDir: join(out, '_astro'),
      emptyOutDir: false,
      copyPublicDir: false,
      write: true,
      minify: true,
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: { story: 'smart-borders:story-entry' },
        preserveEntrySignatures: 'exports-only',
        // One file: nothing is split off (a dynamic import would be).
        output: { format: 'es', entryFileNames: '[name].[hash].js', chunkFileNames: '[name].[hash].js', codeSplitting: false, postBanner: '//# allFunctionsCalledOnLoad' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]!.isEntry) throw new Error(`storyBundle: expected one file, received ${chunks.map((c) => c.fileName).join(', ')}`);
  return `/_astro/${chunks[0]!.fileName}`;
}

/** Rewrites every page with scrolly islands to load one bundle. Returns the pages changed and the bundle's path. */
export async function bundleStory(root: string, out: string): Promise<{ pages: string[]; src: string | null }> {
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const found = new Map<string, string>();
  for (const rel of pages) {
    const html = readFileSync(join(out, rel), 'utf8');
    const names = (html.match(ISLAND) ?? []).map(scrollyName).filter((n): n is string => n !== null);
    if (names.length) found.set(rel, html);
    for (const n of names) if (!existsSync(join(root, 'src/components/story/scrollies', `${n}.svelte`))) throw new Error(`storyBundle: ${rel} loads ${n}, which is not in src/components/story/scrollies/`);
  }
  if (!found.size) return { pages: [], src: null };
  const names = [...new Set([...found.values()].flatMap((html) => (html.match(ISLAND) ?? []).map(scrollyName).filter((n): n is string => n !== null)))].sort();
  const src = await bundle(root, out, names);
  for (const [rel, html] of found) {
    const next = html.replace(ISLAND, (open) => {
      const name = scrollyName(open);
      if (!name) return open;
      return open
        .replace(/\scomponent-url="[^"]*"/, ` component-url="${src}"`)
        .replace(/\scomponent-export="[^"]*"/, ` component-export="${name}"`)
        .replace(/\srenderer-url="[^"]*"/, ` renderer-url="${src}"`);
    });
    writeFileSync(join(out, rel), withIslandRuntimeFile(next, out));
  }
  return { pages: [...found.keys()], src };
}

/** Astro's inline island runtime: the script that defines <astro-island>. */
const RUNTIME = /<script>((?:(?!<\/script>)[\s\S])*?customElements\.define\("astro-island"(?:(?!<\/script>)[\s\S])*)<\/script>/g;

/**
 * The story's copy of Astro's island runtime (4.4 KB, 1.7 KB gzip, the same in both editions)
 * moves to a file, /_astro/islands.<hash>.js, loaded with `defer`: cached once for both editions
 * and out of the HTML a phone parses before the text. Nothing needs it before the page is parsed:
 * the islands hydrate when they come into view, through the fetch-props directive (inline, before
 * them), and a custom element defined later upgrades the islands already in the page.
 */
export function withIslandRuntimeFile(html: string, out: string): string {
  const found = [...html.matchAll(RUNTIME)];
  if (!found.length) return html;
  const code = found[0]![1]!;
  if (found.some((m) => m[1] !== code)) throw new Error(`storyBundle: received ${found.length} different island runtimes in one page; expected one`);
  const path = `/_astro/islands.${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
  // Compiled eagerly like every sizeable script the story loads (astro.config.mjs): it all runs at once.
  writeFileSync(join(out, path), `//# allFunctionsCalledOnLoad\n${code}`);
  let first = true;
  return html.replace(RUNTIME, () => (first ? ((first = false), `<script src="${path}" defer></script>`) : ''));
}

export default function storyBundle(): AstroIntegration {
  return {
    name: 'smart-borders:story-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const { pages, src } = await bundleStory(fileURLToPath(new URL('../../', import.meta.url)), fileURLToPath(dir));
        logger.info(`${pages.join(', ') || 'no page'} load${pages.length === 1 ? 's' : ''} the story's charts as one bundle (${src}) in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
