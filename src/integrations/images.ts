/**
 * Build step (astro:build:done): every chart's images and oEmbed file, from the static embed
 * pages the build has just written, with no browser: for each chart × state × theme the
 * self-contained SVG (lib/export/svgExport.ts) and its 1,200 px PNG (resvg, bundled TrueType
 * font, no system fonts), the 1,200 × 630 social cards, and /oembed/<id>.json (and /es/oembed/<id>.json). Paths:
 * lib/embed/registry.ts. Fails the build, naming the file, when a page or image is missing.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { useTranslations } from '../i18n';
import { DEFAULT_LANG, EDITIONS, editionPath, isTranslated } from '../lib/i18n/editions';
import type { Lang } from '../lib/format/format';
import { CREDIT, EMBED_CHARTS, EMBED_HEIGHTS_600, THEMES, embedSnippet, imagePath, ogImagePath, oembedPath, stateIds, staticEmbedPath, type Theme } from '../lib/embed/registry';
import { chartImage, framedSvg, ogSvg, EXPORT_WIDTH, type ChartImage } from '../lib/export/svgExport';
import { renderPngs } from '../lib/export/png';
import { pruneCss, scopesIn } from '../lib/build/pruneCss';
import { roundSvgNumbers } from '../lib/build/svgPrecision';
import { bundleEmbeds } from './embedBundles';

/**
 * Page weight, after the pages are built: on every page, pruneCss drops the component CSS it
 * never shows (scopes from its HTML and from the scripts it loads: its islands' chunks and its
 * module scripts), and roundSvgNumbers writes its drawings' coordinates to hundredths.
 */
function slimPages(out: string) {
  const scripts = new Map<string, string>();
  const script = (path: string) => {
    if (!scripts.has(path)) scripts.set(path, existsSync(join(out, path)) ? readFileSync(join(out, path), 'utf8') : '');
    return scripts.get(path)!;
  };
  /** A chunk and every chunk it imports, statically or not. */
  const reachable = (path: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(path)) return seen;
    seen.add(path);
    for (const m of script(path).matchAll(/(?:from|import)\s*\(?\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) reachable(join(dirname(path), m[1]!), seen);
    return seen;
  };
  let before = 0;
  let after = 0;
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const rel of pages) {
    const file = join(out, rel);
    const html = readFileSync(file, 'utf8');
    before += html.length;
    const present = scopesIn(html.replace(/<style>[\s\S]*?<\/style>/g, ''));
    for (const m of html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)) for (const chunk of reachable(m[1]!)) for (const s of scopesIn(script(chunk))) present.add(s);
    const next = roundSvgNumbers(html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
      const kept = pruneCss(css, present);
      return kept ? `<style>${kept}</style>` : '';
    }));
    after += next.length;
    if (next !== html) writeFileSync(file, next);
  }
  return { pages: pages.length, before, after };
}

export default function images(): AstroIntegration {
  let site = '';
  return {
    name: 'smart-borders:images',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const host = new URL(site).host;
        const write = (path: string, body: string | Uint8Array) => {
          const file = join(out, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, body);
        };
        // Each embed's island gets its own bundle first (embedBundles.ts), so the CSS pruning below sees the scripts the page really loads.
        const t0 = performance.now();
        const embedded = await bundleEmbeds(fileURLToPath(new URL('../../', import.meta.url)), out);
        logger.info(`embed pages: ${embedded.pages} pages load one bundle per chart (${embedded.bundles.size} bundles) in ${Math.round(performance.now() - t0)} ms`);
        const pruned = slimPages(out);
        let count = 0;
        let styling = 0;
        let rendering = 0;
        // Pass 1: every SVG (written at once) and the PNGs to render; pass 2 renders them in parallel.
        const jobs: { path: string; svg: string }[] = [];
        const charts: { chart: (typeof EMBED_CHARTS)[number]; title: string; state: string; png: number; lang: Lang }[] = [];
        // Each edition whose embeds the build wrote gets its own images and cards, made from its own static embed pages
        // (titles, labels, source lines in that language): /images/ for English, /es/images/ for Spanish.
        const langs = EDITIONS.filter((lang) => lang === DEFAULT_LANG || isTranslated(staticEmbedPath(EMBED_CHARTS[0]!.id, 'x')));
        for (const lang of langs) {
        const t = useTranslations(lang);
        const cards: Record<string, ChartImage> = {};
        for (const chart of EMBED_CHARTS) {
          const title = t(chart.title);
          const states = stateIds(chart.id);
          for (const state of states) {
            const page = join(out, editionPath(staticEmbedPath(chart.id, state), lang), 'index.html');
            const html = readFileSync(page, 'utf8');
            const source = load(html)('.source-line').first().text().replace(/\s+/g, ' ').trim();
            for (const theme of THEMES as Theme[]) {
              const t0 = performance.now();
              let img: ChartImage;
              try {
                img = chartImage(html, theme);
              } catch (e) {
                throw new Error(`images: ${page}: ${(e as Error).message}`);
              }
              const framed = framedSvg(img, { title, source, credit: CREDIT, url: `${host}${editionPath(`/charts/${chart.id}/`, lang)}`, lang });
              write(imagePath(chart.id, state, theme, 'svg', lang), framed.svg);
              if (theme === 'light' && states.indexOf(state) === chart.defaultStep) {
                cards[chart.id] = img;
                charts.push({ chart, title, state, png: jobs.length, lang });
              }
              jobs.push({ path: imagePath(chart.id, state, theme, 'png', lang), svg: framed.svg });
              styling += performance.now() - t0;
              count += 2;
            }
          }
          jobs.push({ path: ogImagePath(chart.id, lang), svg: ogSvg(cards[chart.id]!, { kicker: t('site.title'), title, credit: `${CREDIT} · ${host}` }) });
        }
        jobs.push({ path: ogImagePath('story', lang), svg: ogSvg(cards['route-map'] ?? null, { kicker: t('site.title'), title: t('site.tagline'), credit: `${CREDIT} · ${host}` }) });
        }
        const t1 = performance.now();
        const pngs = await renderPngs(jobs.map((j) => ({ svg: j.svg, width: EXPORT_WIDTH })));
        rendering = performance.now() - t1;
        jobs.forEach((j, i) => write(j.path, pngs[i]!.data));
        for (const { chart, title, state, png, lang } of charts) {
          const tl = useTranslations(lang);
          write(oembedPath(chart.id, lang), JSON.stringify({
            version: '1.0',
            type: 'rich',
            title,
            author_name: tl('site.title'),
            author_url: new URL(editionPath('/', lang), site).href,
            provider_name: tl('site.title'),
            provider_url: new URL(editionPath('/', lang), site).href,
            html: lang === DEFAULT_LANG ? embedSnippet(chart.id, site, title) : embedSnippet(chart.id, site, title, lang, tl('embed.image')),
            width: 600,
            height: EMBED_HEIGHTS_600[chart.id] ?? 600,
            thumbnail_url: new URL(imagePath(chart.id, state, 'light', 'png', lang), site).href,
            thumbnail_width: pngs[png]!.width,
            thumbnail_height: pngs[png]!.height,
            license: CREDIT,
            license_url: 'https://creativecommons.org/licenses/by/4.0/',
          }, null, 2));
        }
        logger.info(`${pruned.pages} pages: unused component CSS removed, drawings' coordinates to hundredths (${(pruned.before / 1024).toFixed(0)} → ${(pruned.after / 1024).toFixed(0)} KB raw in all)`);
        logger.info(`${count} chart images, ${(EMBED_CHARTS.length + 1) * langs.length} social cards and ${charts.length} oEmbed files in ${Math.round(performance.now() - started)} ms (styles ${Math.round(styling)} ms, PNG ${Math.round(rendering)} ms)`);
      },
    },
  };
}
