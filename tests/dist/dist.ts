/** The build under test: dist/ (override with DIST=…), and its pages as site paths. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

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
