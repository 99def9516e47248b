// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// A fully static site: no server, no adapters, no third-party integrations.
export default defineConfig({
  site: 'https://smart-borders.example',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [svelte()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
