// @ts-check
/**
 * One PNG render off the main thread (src/lib/export/png.ts runs a pool of these, one per
 * core, at most two), in plain JavaScript because a worker is loaded by Node itself, not by
 * the bundler.
 */
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

parentPort?.on('message', async (/** @type {{ id: number, svg: string, width: number, fonts: string[], family: string, paletteAbove: number }} */ job) => {
  const r = new Resvg(job.svg, { fitTo: { mode: 'width', value: job.width }, font: { fontFiles: job.fonts, loadSystemFonts: false, defaultFontFamily: job.family } }).render();
  let data = r.asPng();
  if (data.length > job.paletteAbove) {
    // libimagequant (through sharp): a 256-colour palette, no dithering (flat chart colours).
    data = await sharp(r.pixels, { raw: { width: r.width, height: r.height, channels: 4 } }).png({ palette: true, colors: 256, quality: 100, dither: 0, effort: 4 }).toBuffer();
  }
  parentPort?.postMessage({ id: job.id, data, width: r.width, height: r.height });
});
