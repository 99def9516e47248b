// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import dataCheck from './src/integrations/dataCheck.ts';
import stepFigureFiles from './src/integrations/stepFigures.ts';
import islandProps from './src/integrations/islandProps.ts';
import storyBundle from './src/integrations/storyBundle.ts';
import images from './src/integrations/images.ts';
import storyStyles from './src/integrations/storyStyles.ts';
import publish from './src/integrations/publish.ts';
import sitemap from '@astrojs/sitemap';
import { resolveSite } from './src/lib/publish/site.ts';

// Where the site will be published (SITE_URL), or the local preview when unset; said at every build.
const origin = resolveSite(process.env.SITE_URL);
console.log(origin.message);

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

/**
 * One chunk for what every chart island loads: the Svelte runtime, Astro's Svelte renderer, and
 * the strings, number formats, step index and afterHydration each chart imports. Left to itself
 * the bundler put the helpers in a file of their own (gzip compresses each file alone, and each
 * costs a request); together, every embed's and the story's JavaScript is 0.3 to 0.4 KB gzip
 * smaller. Helpers only some charts use (axes, scales, tooltip) stay in their own chunks, so no
 * page loads code its charts do not run.
 */
const RUNTIME = /[\\/]node_modules[\\/](?:svelte[\\/](?!src[\\/]transition)|@astrojs[\\/]svelte[\\/]|esm-env[\\/])|[\\/]src[\\/](?:i18n[\\/]translator|lib[\\/]format[\\/]format|lib[\\/]charts[\\/]stepIndex|components[\\/]charts[\\/]afterHydration)\./;

// A fully static site: no server, no adapters, no third-party integrations. images() renders the
// charts' SVG and PNG downloads, social cards and oEmbed files after the pages are built;
// publish() then gives every page, in its final form, its Content-Security-Policy, and writes
// _headers and robots.txt. The sitemap leaves out the embeds of both editions (frames, not pages to land on).
export default defineConfig({
  site: origin.site,
  output: 'static',
  trailingSlash: 'ignore',
  // Build steps in this order: the datasets are validated before anything is bundled (dataCheck.ts), step copies become files, then island props leave the page, then the story's islands get
  // one bundle (storyBundle.ts), then the chart images are rendered, then the story's styles become a file (storyStyles.ts), then the sitemap, and last the policies (which hash
  // the pages' final scripts and styles).
  integrations: [
    svelte(),
    dataCheck(),
    stepFigureFiles(),
    islandProps(),
    storyBundle(),
    images(),
    storyStyles(),
    sitemap({ filter: (page) => !/^\/(es\/)?embed\//.test(new URL(page).pathname) }),
    publish(),
  ],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0, rolldownOptions: { output: { postBanner: compileHints, codeSplitting: { groups: [{ name: 'runtime', test: RUNTIME }] } } } } },
});
