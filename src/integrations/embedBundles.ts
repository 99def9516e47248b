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
 */
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The source of an island's component, from its built chunk's name (`DeathsViews.AbC123.js`); null for other islands. */
function viewsSource(root: string, componentUrl: string): string | null {
  const name = /\/_astro\/([A-Za-z]+Views)\.[\w-]+\.js$/.exec(componentUrl)?.[1];
  const file = name ? join(root, 'src/components/figure/views', `${name}.svelte`) : null;
  return file && existsSync(file) ? file : null;
}

/** Bundles `component` with Astro's Svelte renderer into dist/_astro; returns the file's URL path. */
async function bundle(root: string, out: string, component: string, name: string): Promise<string> {
  const entry = '\0smart-borders-embed-entry';
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [
      {
        name: 'smart-borders:embed-entry',
        resolveId: (id) => (id === 'smart-borders:embed-entry' ? entry : null),
        load: (id) => (id === entry ? `export { default as Component } from ${JSON.stringify(component)};\nexport { default } from '@astrojs/svelte/client.js';\n` : null),
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

/** Rewrites every embed page's chart island to load its own bundle. Returns how many pages changed and the bundles by chart. */
export async function bundleEmbeds(root: string, out: string): Promise<{ pages: number; bundles: Map<string, string> }> {
  const pages = readdirSync(join(out, 'embed'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  const islands = (html: string) => (html.match(/<astro-island\b[^>]*>/g) ?? []).map((open) => ({ open, source: viewsSource(root, /\scomponent-url="([^"]+)"/.exec(open)?.[1] ?? '') }));
  // The bundles are built side by side (the bundler runs on native threads), then the pages rewritten.
  const sources = new Set(pages.flatMap((rel) => islands(readFileSync(join(out, 'embed', rel), 'utf8')).flatMap((i) => (i.source ? [i.source] : []))));
  const bundles = new Map(await Promise.all([...sources].map(async (source) => [source, await bundle(root, out, source, /([A-Za-z]+)Views\.svelte$/.exec(source)![1]!.toLowerCase())] as const)));
  let changed = 0;
  for (const rel of pages) {
    const file = join(out, 'embed', rel);
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
    if (next !== html) {
      writeFileSync(file, next);
      changed++;
    }
  }
  return { pages: changed, bundles };
}
