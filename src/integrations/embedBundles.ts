/**
 * One script per embed. The site's islands share chunks: the Svelte runtime and every helper any
 * chart uses sit in chunks all pages load, sized for the story, which draws seven charts. An
 * embed draws one. After the build, each chart's embed island (its `*Views.svelte` component,
 * with Astro's Svelte renderer) is bundled again on its own: one file holding only the runtime
 * and code that chart runs (the bundler shakes out the rest), compressed as one. The embed
 * pages' islands then load that file as both their component (export `Component`) and their
 * renderer (default export): one module, so one Svelte runtime. The deaths embed's JavaScript
 * fell from 28.6 to about 25 KB gzip. Styles are untouched: the page carries them, and the
 * scoped class names are the same (the same svelte.config.js, the same file paths).
 *
 * Issue 11 holds every embed, in every edition, to 25 KB gzip of JavaScript (tests/dist/embed-js.test.ts).
 * So the bundle carries a renderer reduced to what an embed uses (RENDERER, below) instead of
 * Astro's, and the page Astro's inline island loader reduced the same way (lib/embed/islandLoader.ts):
 * 1.2 KB gzip less on every embed.
 */
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITIONS, editionPath } from '../lib/i18n/editions';
import { EMBED_ISLAND_LOADER, isAstroIslandLoader } from '../lib/embed/islandLoader';

/**
 * The renderer the embed bundle exports: Astro's Svelte renderer (@astrojs/svelte/client.js)
 * reduced to what an embed island uses. Astro's also passes slots (each a raw snippet), mounts
 * `client:only` islands and keeps each island's props in a `$state` to re-render on new props; an
 * embed's island has no slot, is server-rendered, and hydrates once (client:fetch-props sets its
 * props attribute once, before the first hydration). Same rule as Astro's: only an island the
 * server rendered (`ssr`) hydrates. 0.4 KB gzip less in every embed.
 */
const RENDERER = `import { hydrate } from 'svelte';\nexport default (el) => async (Component, props) => { if (el.hasAttribute('ssr')) hydrate(Component, { target: el, props }); };\n`;

/** The folders holding embed pages in every edition (`embed`, `es/embed`), as paths under dist/. */
const embedFolders = () => EDITIONS.map((lang) => editionPath('/embed/', lang).slice(1, -1));

/** The source of an island's component, from its built chunk's name (`DeathsViews.AbC123.js`); null for other islands. */
function viewsSource(root: string, componentUrl: string): string | null {
  const name = /\/_astro\/([A-Za-z]+Views)\.[\w-]+\.js$/.exec(componentUrl)?.[1];
  const file = name ? join(root, 'src/components/figure/views', `${name}.svelte`) : null;
  return file && existsSync(file) ? file : null;
}

/** Bundles `component` with Astro's Svelte renderer into dist/_astro; returns the file's URL path. */
async function bundle(root: string, out: string, component: string, name: string): Promise<string> {
  const entry = '\0smart-borders-embed-entry';
  const renderer = '\0smart-borders-embed-renderer';
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [
      {
        name: 'smart-borders:embed-entry',
        resolveId: (id) => (id === 'smart-borders:embed-entry' ? entry : id === 'smart-borders:embed-renderer' ? renderer : null),
        load: (id) => (id === entry ? `export { default as Component } from ${JSON.stringify(component)};\nexport { default } from 'smart-borders:embed-renderer';\n` : id === renderer ? RENDERER : null),
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
  return `/_astro/${file.fileName}`;
}

/** Rewrites every embed page's chart island, in every edition, to load its own bundle. Returns how many pages changed and the bundles by chart. */
export async function bundleEmbeds(root: string, out: string): Promise<{ pages: number; bundles: Map<string, string> }> {
  const pages = embedFolders()
    .filter((dir) => existsSync(join(out, dir)))
    .flatMap((dir) => readdirSync(join(out, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).map((f) => join(dir, f)));
  const islands = (html: string) => (html.match(/<astro-island\b[^>]*>/g) ?? []).map((open) => ({ open, source: viewsSource(root, /\scomponent-url="([^"]+)"/.exec(open)?.[1] ?? '') }));
  // The bundles are built side by side (the bundler runs on native threads), then the pages rewritten.
  const sources = new Set(pages.flatMap((rel) => islands(readFileSync(join(out, rel), 'utf8')).flatMap((i) => (i.source ? [i.source] : []))));
  const bundles = new Map(await Promise.all([...sources].map(async (source) => [source, await bundle(root, out, source, /([A-Za-z]+)Views\.svelte$/.exec(source)![1]!.toLowerCase())] as const)));
  let changed = 0;
  for (const rel of pages) {
    const file = join(out, rel);
    const html = readFileSync(file, 'utf8');
    let next = html;
    for (const { open, source } of islands(html)) {
      const src = source ? bundles.get(source) : undefined;
      if (!src) continue;
      next = next.replace(open, open
        .replace(/\scomponent-url="[^"]*"/, ` component-url="${src}"`)
        .replace(/\scomponent-export="[^"]*"/, ' component-export="Component"')
        .replace(/\srenderer-url="[^"]*"/, ` renderer-url="${src}"`));
    }
    // Astro's island loader gives way to the embed's own (lib/embed/islandLoader.ts). A page with
    // an island must have had Astro's: else Astro changed how it writes it, and this must follow.
    let loaders = 0;
    next = next.replace(/(<script>)([\s\S]*?)(<\/script>)/g, (m, open: string, code: string, close: string) => (isAstroIslandLoader(code) ? (loaders++, open + EMBED_ISLAND_LOADER + close) : m));
    if (islands(html).length && loaders !== 1) throw new Error(`embedBundles: ${rel}: received ${loaders} Astro island loaders; expected 1`);
    if (next !== html) {
      writeFileSync(file, next);
      changed++;
    }
  }
  return { pages: changed, bundles };
}
