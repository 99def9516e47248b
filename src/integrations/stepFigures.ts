/**
 * Build step: after Astro writes the pages, every scrolly step's static figure becomes an image
 * file, /images/steps/<chart>-<step>.svg, referenced from the step's <noscript> copy (see
 * src/lib/export/stepSvg.ts), and the sticky route map's land outlines and server-drawn dots
 * move to /images/shapes/route-land.svg and route-dots.svg, drawn with <use>. Pages without step copies are left as they are.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalShapes, stepFigures } from '../lib/export/stepSvg';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export default function stepFigureFiles(): AstroIntegration {
  return {
    name: 'smart-borders:step-figures',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) {
          const page = readFileSync(file, 'utf8');
          if (!page.includes('<noscript class="step-figure-src">')) continue;
          const steps = stepFigures(page, (chart, step) => `/images/steps/${chart}-${step}.svg`);
          const files = steps.files;
          let html = steps.html;
          // Then the sticky route map's land (the step files above have taken their copy of it).
          const land = externalShapes(html, 'route-land', '/images/shapes/route-land.svg');
          if (land) {
            html = land.html;
            files.set('/images/shapes/route-land.svg', land.svg);
          }
          // And its dots as the server draws them before hydration (~37 KB of <circle>s), with
          // the map's and the dot layer's classes their rules need.
          const dots = externalShapes(html, 'route-dots', '/images/shapes/route-dots.svg', (cls) => /(?:^| )(?:route-map|dots)(?: |$)/.test(cls));
          if (dots) {
            html = dots.html;
            files.set('/images/shapes/route-dots.svg', dots.svg);
          }
          for (const [path, svg] of files) {
            mkdirSync(dirname(join(root, path)), { recursive: true });
            writeFileSync(join(root, path), svg);
          }
          writeFileSync(file, html);
          logger.info(`${file.slice(root.length)}: ${files.size} step figures as files, ${(page.length / 1024).toFixed(0)} → ${(html.length / 1024).toFixed(0)} KB`);
        }
      },
    },
  };
}
