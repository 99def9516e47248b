/**
 * The build's images (src/integrations/images.ts), read from dist/ without a browser: every
 * chart × state × theme has its PNG (1,200 px wide, not blank, ≤ 150 KB) and its SVG (parses,
 * holds its title, source line and credit, carries no class or external reference); each
 * chart and the story have a 1,200 × 630 social card; each chart an oEmbed file. The same for
 * the Spanish edition's images and cards under /es/images/ and its oEmbed files under /es/oembed/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from './guard';
import { load } from 'cheerio';
import UPNG from 'upng-js';
import { EMBED_CHARTS, THEMES, imagePath, ogImagePath, oembedPath, stateIds } from '../../src/lib/embed/registry';

const file = (path: string) => `dist${path}`;

/** Width, height and the standard deviation of luminance over a grid of pixels. */
function pngStats(buf: Buffer) {
  const img = UPNG.decode(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  const rgba = new Uint8Array(UPNG.toRGBA8(img)[0]!);
  const lum: number[] = [];
  for (let y = 0; y < img.height; y += 7) for (let x = 0; x < img.width; x += 7) {
    const i = (y * img.width + x) * 4;
    lum.push(0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!);
  }
  const mean = lum.reduce((a, b) => a + b, 0) / lum.length;
  return { width: img.width, height: img.height, sd: Math.sqrt(lum.reduce((a, b) => a + (b - mean) ** 2, 0) / lum.length) };
}

// The Spanish edition's images (/es/images/) are made from its own embed pages: same checks, Spanish words.
const EDITIONS = [
  { lang: 'en', sources: /Sources?: / },
  { lang: 'es', sources: /Fuentes?: / },
] as const;

for (const chart of EMBED_CHARTS) for (const { lang, sources } of EDITIONS) {
  test(`${chart.id} (${lang}): a PNG and a self-contained SVG for every state, light and dark`, () => {
    for (const state of stateIds(chart.id)) for (const theme of THEMES) {
      const png = file(imagePath(chart.id, state, theme, 'png', lang));
      expect(existsSync(png), png).toBe(true);
      const buf = readFileSync(png);
      expect(buf.length, `${png} ≤ 150 KB`).toBeLessThanOrEqual(150 * 1024);
      const s = pngStats(buf);
      expect(s.width, png).toBe(1200);
      expect(s.height, png).toBeGreaterThan(300);
      expect(s.sd, `${png} is not blank`).toBeGreaterThan(8);
      const svgPath = file(imagePath(chart.id, state, theme, 'svg', lang));
      const svg = readFileSync(svgPath, 'utf8');
      const $ = load(svg, { xml: { xmlMode: true } });
      const root = $('svg').first();
      expect(root.attr('xmlns'), svgPath).toBe('http://www.w3.org/2000/svg');
      expect(root.children('title').text().length, `${svgPath} has a title`).toBeGreaterThan(10);
      expect(svg, `${svgPath} holds its source line`).toMatch(sources);
      expect(svg, `${svgPath} links its own edition's chart page`).toContain(`${lang === 'en' ? '' : `/${lang}`}/charts/${chart.id}/`);
      expect(svg, `${svgPath} holds the credit`).toContain('Smart Borders · CC BY 4.0');
      expect(svg, `${svgPath} needs no stylesheet or other file`).not.toMatch(/\sclass=|var\(--|<use [^>]*href="(?!#)|<image /);
    }
  });
}

test('a 1,200 × 630 social card for the story and every chart, and an oEmbed file per chart', () => {
  for (const id of ['story', ...EMBED_CHARTS.map((c) => c.id)]) for (const { lang } of EDITIONS) {
    const card = readFileSync(file(ogImagePath(id, lang)));
    const s = pngStats(card);
    expect([s.width, s.height], `${id} (${lang})`).toEqual([1200, 630]);
    expect(s.sd, `${id} (${lang}) card is not blank`).toBeGreaterThan(8);
    // The Spanish card shows the Spanish title, so it is not the English file.
    if (lang !== 'en') expect(card.equals(readFileSync(file(ogImagePath(id)))), `${id}: the Spanish card differs from the English one`).toBe(false);
  }
  for (const { id } of EMBED_CHARTS) for (const { lang } of EDITIONS) {
    const o = JSON.parse(readFileSync(file(oembedPath(id, lang)), 'utf8'));
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Smart Borders', width: 600 });
    expect(o.html).toContain(`${lang === 'en' ? '' : `/${lang}`}/embed/${id}/`);
    expect(o.thumbnail_url).toContain(`${lang === 'en' ? '' : `/${lang}`}/images/${id}/`);
    expect(existsSync(file(new URL(o.thumbnail_url).pathname)), `${id} thumbnail`).toBe(true);
    expect(o.thumbnail_width).toBe(1200);
  }
});
