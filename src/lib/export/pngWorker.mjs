// @ts-check
/**
 * One PNG render off the main thread (src/lib/export/png.ts runs a pool of these, one per
 * core, at most two): the same steps as png.ts's render(), in plain JavaScript because a
 * worker is loaded by Node itself, not by the bundler. Keep the two in step.
 */
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import UPNG from 'upng-js';

parentPort?.on('message', (/** @type {{ id: number, svg: string, width: number, fonts: string[], family: string, paletteAbove: number }} */ job) => {
  const r = new Resvg(job.svg, { fitTo: { mode: 'width', value: job.width }, font: { fontFiles: job.fonts, loadSystemFonts: false, defaultFontFamily: job.family } }).render();
  let data = r.asPng();
  if (data.length > job.paletteAbove) {
    const px = r.pixels;
    const rgba = /** @type {ArrayBuffer} */ (px.buffer.slice(px.byteOffset, px.byteOffset + px.byteLength));
    data = Buffer.from(UPNG.encode([rgba], r.width, r.height, 256));
  }
  parentPort?.postMessage({ id: job.id, data, width: r.width, height: r.height });
});
