import { vitePreprocess } from '@astrojs/svelte';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, relative, sep } from 'node:path';

const root = fileURLToPath(new URL('.', import.meta.url));
const posix = (p) => p.split(sep).join('/');
// Scoped class names are "s-" and the component's place among the project's components (their
// paths under src/, sorted), in base 36: "s-0" to "s-t" for thirty components, rather than
// Svelte's "svelte-<hash>" (or "s-<hash>", seven characters): the story's HTML carries about a
// thousand of them (issue 15: 7.5 KB raw, 0.8 KB gzip). Every compilation (pages, islands, the
// story's and the embeds' bundles, tests) reads the same list, so a component keeps one name in
// a build. A component outside src/ keeps a hash.
const COMPONENTS = readdirSync(new URL('./src', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.svelte'))
  .map((f) => `src/${posix(f)}`)
  .sort();
const scope = (filename) => {
  const i = COMPONENTS.indexOf(posix(isAbsolute(filename) ? relative(root, filename) : filename));
  return i < 0 ? null : `s-${i.toString(36)}`;
};

export default {
  preprocess: vitePreprocess(),
  // Runes are enforced: no `export let`, `$:`, or stores in this codebase.
  compilerOptions: { runes: true, cssHash: ({ hash, filename, css }) => (filename && scope(filename)) ?? `s-${hash(filename ?? css)}` },
};
