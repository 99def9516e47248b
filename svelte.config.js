import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // Runes are enforced: no `export let`, `$:`, or stores in this codebase.
  compilerOptions: { runes: true },
};
