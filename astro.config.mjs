// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import stepFigureFiles from './src/integrations/stepFigures.ts';
import islandProps from './src/integrations/islandProps.ts';
import images from './src/integrations/images.ts';

/**
 * The browser's chunks run as soon as a chart hydrates, so each asks V8 to compile all of its
 * functions eagerly, off the main thread while the file streams in (Chromium's explicit compile
 * hints; to other engines it is a comment). Without it, hydration stops to compile each function
 * on its first call: about 40% of the deaths chart's hydration task on a throttled phone.
 * Chunks under 2 KB skip it (their compile costs less than the comment's bytes). Added after
 * minification, which would strip it.
 * @param {{ modules: Record<string, { renderedLength: number }> }} chunk
 */
const compileHints = (chunk) =>
  Object.values(chunk.modules).reduce((n, m) => n + m.renderedLength, 0) >= 2048 ? '//# allFunctionsCalledOnLoad' : '';

// A fully static site: no server, no adapters, no third-party integrations. images() renders the
// charts' SVG and PNG downloads, social cards and oEmbed files after the pages are built.
export default defineConfig({
  site: 'https://smart-borders.example',
  output: 'static',
  trailingSlash: 'ignore',
  // Build steps in this order: step copies become files, then island props leave the page, then the chart images are rendered.
  integrations: [svelte(), stepFigureFiles(), islandProps(), images()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0, rolldownOptions: { output: { postBanner: compileHints } } } },
});
