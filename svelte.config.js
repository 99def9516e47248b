import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // Runes are enforced: no `export let`, `$:`, or stores in this codebase.
  // Scoped class names as "s-<hash>" rather than "svelte-<hash>": the story's HTML carries
  // about 1,400 of them.
  compilerOptions: { runes: true, cssHash: ({ hash, filename, css }) => `s-${hash(filename ?? css)}` },
};
