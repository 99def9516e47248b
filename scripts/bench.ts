/**
 * The project's benchmark: `npm run bench`.
 * Builds the site, serves dist/ on loopback, and prints for every page:
 * HTML, CSS and JS bytes (raw and gzip; JS = every script the page loads after
 * scrolling to the end, so all client:visible islands hydrate, plus its inline scripts), then a Lighthouse
 * mobile run (performance, accessibility, best practices, SEO; LCP, TBT, CLS) in
 * Debian's Chromium. Writes bench-results/bench.json. Pass page paths to limit it:
 * `npm run bench -- / /charts/deaths/`; `--no-build` reuses dist/; `--no-lighthouse` sizes only;
 * `--no-compress` serves files uncompressed (a host that does not gzip); `--runs=5` runs Lighthouse
 * five times per page and reports the median of each figure (a run Lighthouse cannot finish is reported and left out). BENCH_PORT picks the port (default 4399).
 */
import { spawn, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, requireChromium } from '../tests/helpers/chromium.ts';

const args = process.argv.slice(2);
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
const BASE = `http://127.0.0.1:${PORT}`;
const chrome = requireChromium();

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function htmlPages(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlPages(p);
    return e.name === 'index.html' ? ['/' + relative('dist', dir).replace(/\\/g, '/') + (dir === 'dist' ? '' : '/')] : [];
  }).map((p) => p.replace(/\/+/g, '/'));
}
const pages = args.filter((a) => a.startsWith('/')).length ? args.filter((a) => a.startsWith('/')) : htmlPages().sort();

const server = spawn(process.execPath, ['scripts/serve-static.ts', String(PORT), 'dist', ...(args.includes('--no-compress') ? ['--no-compress'] : [])], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Row { page: string; html: [number, number]; css: [number, number]; js: [number, number]; scripts: number; lighthouse?: Record<string, number> }
const rows: Row[] = [];
const browser = await chromium.launch({ executablePath: chrome, args: CHROMIUM_ARGS });
for (const page of pages) {
  const html = readFileSync(join('dist', page, 'index.html'));
  const inlineCss = [...html.toString().matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  // Inline scripts (Astro's island loader, the layout's one-liner) count as JavaScript too; JSON data blocks do not.
  const inlineJs = [...html.toString().matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const js = new Map<string, Buffer>();
  const css = new Map<string, Buffer>();
  // Every body is awaited before the sums (a handler left running would drop late scripts).
  const pending: Promise<void>[] = [];
  tab.on('response', (res) => {
    pending.push((async () => {
      const type = res.headers()['content-type'] ?? '';
      if (type.includes('javascript')) js.set(res.url(), await res.body());
      if (type.includes('text/css')) css.set(res.url(), await res.body());
    })());
  });
  await tab.goto(BASE + page, { waitUntil: 'networkidle' });
  // Scroll to the end in steps so every client:visible island hydrates.
  await tab.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await tab.waitForLoadState('networkidle');
  await Promise.all(pending);
  await tab.close();
  const jsAll = Buffer.concat([...js.values()]);
  const cssAll = Buffer.concat([Buffer.from(inlineCss), ...css.values()]);
  const jsGz = [...js.values()].reduce((n, b) => n + gz(b), 0) + (inlineJs ? gz(inlineJs) : 0);
  rows.push({ page, html: [html.length, gz(html)], css: [cssAll.length, gz(cssAll)], js: [jsAll.length + inlineJs.length, jsGz], scripts: js.size });
}
await browser.close();

if (!args.includes('--no-lighthouse')) {
  const flags = [...CHROMIUM_ARGS, '--headless=new'];
  // The middle value, or the mean of the two middle values (an even count of runs).
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  for (const row of rows) {
    const runs: Record<string, number>[] = [];
    for (let run = 0; run < RUNS; run++) {
      const instance = await launch({ chromePath: chrome, chromeFlags: flags });
      try {
        const result = await lighthouse(BASE + row.page, { port: instance.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        const lhr = result!.lhr;
        // A run Lighthouse could not finish (a runtime error, or no performance score: its
        // trace was lost) is reported and left out of the median, not counted as a score of 0.
        if (lhr.runtimeError || lhr.categories.performance?.score == null) {
          console.log(`${row.page}: run ${run + 1} failed (${lhr.runtimeError?.code ?? 'no performance score'}); left out of the median`);
          continue;
        }
        runs.push({
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
          seo: Math.round((lhr.categories.seo?.score ?? 0) * 100),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
          tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
          cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        });
        if (runs.length > 1) continue;
        const lcpEl = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items?.[0]?.items?.[0]?.node?.snippet;
        if (lcpEl) console.log(`${row.page}: LCP element ${lcpEl.slice(0, 160)}`);
        const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
        if (failing.length) console.log(`${row.page}: failing audits: ${failing.join(', ')}`);
      } finally {
        instance.kill();
      }
    }
    if (!runs.length) {
      console.log(`${row.page}: every Lighthouse run failed`);
      continue;
    }
    if (RUNS > 1) console.log(`${row.page}: ${runs.length} of ${RUNS} runs, P ${runs.map((r) => r.performance).join('/')}, LCP ${runs.map((r) => r.lcpMs).join('/')} ms, TBT ${runs.map((r) => r.tbtMs).join('/')} ms`);
    row.lighthouse = Object.fromEntries(Object.keys(runs[0]!).map((k) => [k, median(runs.map((r) => r[k]!))]));
  }
}
server.kill();

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(rows, null, 2));
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('page', 28)}${pad('HTML raw/gz', 22)}${pad('CSS raw/gz', 22)}${pad('JS raw/gz (files)', 26)}Lighthouse P/A/BP/SEO  LCP  TBT  CLS`);
for (const r of rows) {
  const lh = r.lighthouse;
  console.log(
    pad(r.page, 28) + pad(`${kb(r.html[0])} / ${kb(r.html[1])}`, 22) + pad(`${kb(r.css[0])} / ${kb(r.css[1])}`, 22) +
      pad(`${kb(r.js[0])} / ${kb(r.js[1])} (${r.scripts})`, 26) +
      (lh ? `${+lh.performance.toFixed(1)}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}  ${lh.lcpMs}ms  ${lh.tbtMs}ms  ${lh.cls}` : '-'),
  );
}
