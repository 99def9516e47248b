/**
 * SVG → PNG at build time with resvg: no browser, and the same pixels on every machine, as
 * text is set only in the bundled TrueType files of Source Sans 3 (resvg cannot read WOFF;
 * system fonts are not loaded). An image over PALETTE_ABOVE is then stored as a
 * 256-colour palette PNG (libimagequant, through sharp): charts are flat colours, and a map's
 * image drops from ~210 KB to ~80 KB, under the 150 KB budget, with no visible change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EXPORT_FONT } from './svgExport';

const require = createRequire(import.meta.url);
export const FONT_FILES = ['400Regular/SourceSans3_400Regular.ttf', '600SemiBold/SourceSans3_600SemiBold.ttf', '700Bold/SourceSans3_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/source-sans-3/${f}`),
);

/** PNGs larger than this (bytes, from resvg) are stored with a palette; the rest as rendered (quantizing costs ~0.1 s an image). */
export const PALETTE_ABOVE = 120_000;

/**
 * Rendered PNGs by a hash of their SVG, size and renderer, so a rebuild renders only the images
 * that changed (node_modules/.cache is where build tools keep such files; delete it to start over).
 */
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'smart-borders-png');
const RENDERER = `resvg ${require('@resvg/resvg-js/package.json').version} palette>${PALETTE_ABOVE} libimagequant`;

export interface Png {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Many PNGs at once: cached ones read, the rest rendered by a pool of workers (./pngWorker.mjs),
 * one per core and at most two, in the order given.
 */
export async function renderPngs(jobs: { svg: string; width: number }[]): Promise<Png[]> {
  const out: Png[] = new Array(jobs.length);
  const todo: { id: number; file: string; svg: string; width: number }[] = [];
  jobs.forEach((job, id) => {
    const file = join(CACHE, `${createHash('sha256').update(`${RENDERER}\n${job.width}\n${job.svg}`).digest('hex').slice(0, 32)}.png`);
    if (existsSync(file)) {
      const data = readFileSync(file);
      out[id] = { data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
    } else todo.push({ id, file, ...job });
  });
  if (!todo.length) return out;
  mkdirSync(CACHE, { recursive: true });
  const size = Math.max(1, Math.min(2, availableParallelism(), todo.length));
  const workers = Array.from({ length: size }, () => new Worker(new URL('./pngWorker.mjs', import.meta.url)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const job = todo[next++];
              if (!job) return resolve();
              worker.postMessage({ id: job.id, svg: job.svg, width: job.width, fonts: FONT_FILES, family: EXPORT_FONT, paletteAbove: PALETTE_ABOVE });
            };
            worker.on('message', (m: { id: number; data: Uint8Array; width: number; height: number }) => {
              const data = Buffer.from(m.data);
              out[m.id] = { data, width: m.width, height: m.height };
              writeFileSync(todo.find((t) => t.id === m.id)!.file, data);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
