/**
 * One script per embed. The site's islands share chunks: the Svelte runtime and every helper any
 * chart uses sit in chunks all pages load, sized for the story, which draws seven charts. An
 * embed draws one. After the build, each chart's embed island (its `*Views.svelte` component) is
 * bundled again on its own: one file holding only the Svelte runtime and code that chart runs
 * (the bundler shakes out the rest), compressed as one. The deaths embed's JavaScript fell from
 * 28.6 to about 25 KB gzip. Styles are untouched: the page carries them, and the scoped class
 * names are the same (the same svelte.config.js, the same file paths).
 *
 * Issue 11 holds every embed, in every edition, to 25 KB gzip of JavaScript (tests/dist/embeds.test.ts).
 * So the bundle also hydrates the island itself (lib/embed/embedIsland.ts): the page loses Astro's
 * inline island loader and directive scripts for a one-line loader of this file, and the bundle
 * Astro's Svelte renderer: 1.2 KB gzip less on every embed.
 */
import { build } from 'vite';
import { minify } from 'terser';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITIONS, editionPath } from '../lib/i18n/editions';
import { embedLoader, encodedKinds } from '../lib/embed/embedIsland';

/** An attribute's value as the browser reads it (Astro escapes `&`, `"`, `<`, `>` and `'`). */
const unescapeAttr = (v: string) => v.replace(/&(quot|lt|gt|#39|amp);/g, (_, e: string) => ({ quot: '"', lt: '<', gt: '>', '#39': "'", amp: '&' })[e]!);

/** The folders holding embed pages in every edition (`embed`, `es/embed`), as paths under dist/. */
const embedFolders = () => EDITIONS.map((lang) => editionPath('/embed/', lang).slice(1, -1));

/** The source of an island's component, from its built chunk's name (`DeathsViews.AbC123.js`); null for other islands. */
function viewsSource(root: string, componentUrl: string): string | null {
  const name = /\/_astro\/([A-Za-z]+Views)\.[\w-]+\.js$/.exec(componentUrl)?.[1];
  const file = name ? join(root, 'src/components/figure/views', `${name}.svelte`) : null;
  return file && existsSync(file) ? file : null;
}

/** Bundles `component` with what hydrates it (lib/embed/embedIsland.ts) into dist/_astro; returns the file's URL path. */
async function bundle(root: string, out: string, component: string, name: string, slots: boolean): Promise<string> {
  const entry = '\0smart-borders-embed-entry';
  const island = join(root, 'src/lib/embed/embedIsland.ts');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [
      {
        name: 'smart-borders:embed-entry',
        resolveId: (id) => (id === 'smart-borders:embed-entry' ? entry : null),
        // Slot support (Svelte's raw snippets) only in the bundles of islands that have slots.
        load: (id) => (id === entry ? `import Component from ${JSON.stringify(component)};\nimport { hydrateIslands, slotProps } from ${JSON.stringify(island)};\nexport const start = () => hydrateIslands(Component${slots ? ', slotProps' : ''});\n` : null),
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
        input: { [name]: 'smart-borders:embed-entry' },
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: 'embed-[name].[hash].js', chunkFileNames: 'embed-[name].[hash].js', postBanner: '//# allFunctionsCalledOnLoad' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const file = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!file) throw new Error(`embedBundles: no entry chunk for ${component}`);
  // Terser over the bundler's minified output, compressing twice, finds what one minifier leaves:
  // 0.5–0.6 KB gzip less per embed (the databases embed 24.2 → 23.6 KB). It drops comments, so the
  // compile hint goes back on top.
  const path = join(out, '_astro', file.fileName);
  const min = await minify(readFileSync(path, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true });
  if (!min.code) throw new Error(`embedBundles: terser returned nothing for ${file.fileName}`);
  writeFileSync(path, `//# allFunctionsCalledOnLoad\n${min.code}`);
  return `/_astro/${file.fileName}`;
}

/** Rewrites every embed page's chart island, in every edition, to load its own bundle. Returns how many pages changed and the bundles by chart. */
export async function bundleEmbeds(root: string, out: string): Promise<{ pages: number; bundles: Map<string, string> }> {
  const pages = embedFolders()
    .filter((dir) => existsSync(join(out, dir)))
    .flatMap((dir) => readdirSync(join(out, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).map((f) => join(dir, f)));
  const islands = (html: string) => (html.match(/<astro-island\b[^>]*>/g) ?? []).map((open) => ({ open, source: viewsSource(root, /\scomponent-url="([^"]+)"/.exec(open)?.[1] ?? '') }));
  // The bundles are built side by side (the bundler runs on native threads), then the pages rewritten.
  // Which islands have slots (<astro-slot>, as Astro writes a Svelte island's slot content).
  const sources = new Map<string, boolean>();
  for (const rel of pages) {
    const html = readFileSync(join(out, rel), 'utf8');
    if (/<template\b[^>]*\sdata-astro-template/.test(html)) throw new Error(`embedBundles: ${rel}: received an island slot as a <template>; expected <astro-slot> (what embedIsland.ts reads)`);
    for (const { source } of islands(html)) if (source) sources.set(source, (sources.get(source) ?? false) || html.includes('<astro-slot'));
  }
  const bundles = new Map(await Promise.all([...sources].map(async ([source, slots]) => [source, await bundle(root, out, source, /([A-Za-z]+)Views\.svelte$/.exec(source)![1]!.toLowerCase(), slots)] as const)));
  let changed = 0;
  for (const rel of pages) {
    const file = join(out, rel);
    const html = readFileSync(file, 'utf8');
    let next = html;
    const found = islands(html);
    const srcs = new Set(found.map(({ source }) => (source ? bundles.get(source) : undefined)));
    if (!found.length) continue;
    const [src] = srcs;
    if (srcs.size !== 1 || !src) throw new Error(`embedBundles: ${rel}: received islands of ${found.map((i) => i.source ?? 'an unknown component').join(', ')}; expected one chart's *Views island`);
    for (const { open } of found) {
      // The bundle revives the kinds of Astro's props encoding the charts use (embedIsland.ts).
      const src0 = /\sdata-props-src="([^"]+)"/.exec(open)?.[1];
      const text = src0 ? readFileSync(join(out, src0), 'utf8') : unescapeAttr(/\sprops="([^"]*)"/.exec(open)?.[1] ?? '{}');
      const kinds = [...encodedKinds(JSON.parse(text))].filter((k) => k !== 0 && k !== 1);
      if (kinds.length) throw new Error(`embedBundles: ${rel}: received island props of Astro's kinds ${kinds.join(', ')}; expected only 0 (values, objects) and 1 (arrays), which the embed revives`);
      next = next.replace(open, open
        .replace(/\scomponent-url="[^"]*"/, ` component-url="${src}"`)
        .replace(/\scomponent-export="[^"]*"/, ' component-export="start"')
        .replace(/\srenderer-url="[^"]*"/, ''));
    }
    // Astro's island loader gives way to the embed's (lib/embed/embedIsland.ts), and its client
    // directives go: the bundle hydrates the island itself. Each must be found: else Astro changed
    // how it writes them, and this must follow.
    let loaders = 0;
    let directives = 0;
    next = next.replace(/<script>([\s\S]*?)<\/script>/g, (m, code: string) => {
      if (code.includes('customElements.define("astro-island"')) return loaders++, `<script>${embedLoader(src)}</script>`;
      if (/^\(\(\)=>\{[\s\S]*\(self\.Astro\|\|\(self\.Astro=\{\}\)\)[\s\S]*dispatchEvent\(new Event\("astro:[\w-]+"\)\);?\}\)\(\);?$/.test(code.trim())) return directives++, '';
      return m;
    });
    if (loaders !== 1 || directives !== 1) throw new Error(`embedBundles: ${rel}: received ${loaders} Astro island loaders and ${directives} client directive scripts; expected 1 and 1`);
    if (next !== html) {
      writeFileSync(file, next);
      changed++;
    }
  }
  return { pages: changed, bundles };
}
