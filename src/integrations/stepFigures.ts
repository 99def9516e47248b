/**
 * Build step: after Astro writes the pages, every scrolly step's static figure becomes an image
 * file, /images/steps/<chart>-<step>.svg, referenced from the step's <noscript> copy (see
 * src/lib/export/stepSvg.ts), and the sticky route map's land outlines and server-drawn dots
 * move to /images/shapes/route-land.svg and route-dots.svg, drawn with <use>. Pages without step copies are left as they are.
 * A page in another edition (`<html lang="es">`) writes its own files under a folder named for
 * its language (/images/steps/es/…, /images/shapes/es/…): its figures carry its language's text.
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
          const lang = /<html[^>]*\slang="([^"]+)"/.exec(page)?.[1] ?? 'en';
          const dir = lang === 'en' ? '' : `${lang}/`;
          const steps = stepFigures(page, (chart, step) => `/images/steps/${dir}${chart}-${step}.svg`);
          const files = steps.files;
          let html = steps.html;
          // Then the sticky route map's land (the step files above have taken their copy of it).
          const shapes = `/images/shapes/${dir}route-land.svg`;
          const land = externalShapes(html, 'route-land', shapes);
          if (land) {
            html = land.html;
            files.set(shapes, land.svg);
          }
          // And its dots as the server draws them before hydration (~37 KB of <circle>s), with
          // the map's and the dot layer's classes their rules need.
          const dotsPath = `/images/shapes/${dir}route-dots.svg`;
          const dots = externalShapes(html, 'route-dots', dotsPath, (cls) => /(?:^| )(?:route-map|dots)(?: |$)/.test(cls));
          if (dots) {
            html = dots.html;
            files.set(dotsPath, dots.svg);
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
