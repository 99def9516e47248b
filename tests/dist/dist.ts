/** The build under test: dist/ (override with DIST=…), and its pages as site paths. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { load } from 'cheerio';

export const DIST = resolve(process.env.DIST ?? 'dist');
if (!existsSync(join(DIST, 'index.html'))) throw new Error(`tests/dist: received no ${DIST}/index.html; expected a build. Run "npm run build" first.`);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every file of the build. */
export const distFiles = () => walk(DIST);

/** Every HTML page: its file and the path a reader requests (`/charts/deaths/`, `/404.html`). */
export function distPages(): { file: string; path: string }[] {
  return walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, path: '/' + relative(DIST, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Site paths of modules a script names: `import "./x.js"`, `from "./x.js"`, `import("/_astro/x.js")`. */
export function imports(code: string, from: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])((?:\.{1,2}\/|\/)[^"'`]+?\.js)\1/g)].map((m) => (m[2]!.startsWith('/') ? m[2]! : posix.join(posix.dirname(from), m[2]!)));
}

/** The page's script files (every module reachable from it) and its inline JavaScript. */
export function pageScripts(html: string): { files: string[]; inline: string } {
  const $ = load(html);
  const inlineScripts = $('script:not([src])')
    .toArray()
    .filter((s) => !/^application\/(ld\+)?json$/.test($(s).attr('type') ?? ''))
    .map((s) => $(s).text());
  const roots = [
    ...$('script[src]').toArray().map((s) => $(s).attr('src')!),
    ...$('astro-island').toArray().flatMap((i) => ['component-url', 'renderer-url', 'before-hydration-url'].map((a) => $(i).attr(a)).filter((u): u is string => !!u)),
    // Any site path of a script an inline script names (the embed's loader passes its bundle's to import()).
    ...inlineScripts.flatMap((code) => [...code.matchAll(/(["'`])(\/[^"'`\s]+?\.js)\1/g)].map((m) => m[2]!)),
  ];
  const files = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const path = queue.shift()!;
    if (files.has(path)) continue;
    const file = join(DIST, path);
    if (!existsSync(file)) throw new Error(`${path} is named by the page but is not in the build`);
    files.add(path);
    queue.push(...imports(readFileSync(file, 'utf8'), path));
  }
  return { files: [...files].sort(), inline: inlineScripts.join('') };
}
