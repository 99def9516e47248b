/**
 * The link check over a build (dist/): every internal link, fragment and asset a page names
 * resolves to a file (and the fragment to an element id on its page); every external link is
 * https. Reads the raw HTML, so links inside `<noscript>` (the no-JavaScript step figures) are
 * checked too. `npm run check:links` runs it; `-- --external` also asks each external host.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

export interface LinkReport {
  pages: number;
  internal: number;
  fragments: number;
  external: Set<string>;
  problems: LinkProblem[];
}

const ATTRS = /\s(href|src|srcset|data-props-src|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;
const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x([\da-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The URLs a page names: attributes, `srcset` candidates, and `url()` in its inline styles. */
export function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(ATTRS)) {
    const value = decode(m[2]!);
    if (m[1] === 'srcset') out.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
    else out.push(value);
  }
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    for (const u of style[1]!.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (!u[1]!.startsWith('data:')) out.push(u[1]!);
  }
  return out;
}

/** Element ids (and `name`d anchors) a fragment may point at. */
export function anchorsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** The file a site path is served from, or undefined. */
export function fileFor(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = join(root, path);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Checks every HTML page of `root` (a build). `site` is the origin the build was made for:
 * absolute links to it are internal.
 */
export function checkLinks(root: string, site: string): LinkReport {
  const origin = new URL(site).origin;
  const files = walk(root).filter((f) => f.endsWith('.html'));
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    if (!anchors.has(file)) anchors.set(file, anchorsIn(readFileSync(file, 'utf8')));
    return anchors.get(file)!;
  };
  const report: LinkReport = { pages: files.length, internal: 0, fragments: 0, external: new Set(), problems: [] };
  for (const file of files) {
    const page = '/' + relative(root, file).split(sep).join('/');
    const base = new URL(page.replace(/index\.html$/, ''), origin);
    for (const link of linksIn(readFileSync(file, 'utf8'))) {
      const fail = (problem: string) => report.problems.push({ page, link, problem });
      if (/^(mailto|tel):/i.test(link)) continue;
      let url: URL;
      try {
        url = new URL(link, base);
      } catch {
        fail('not a valid URL');
        continue;
      }
      if (url.origin !== origin) {
        if (url.protocol !== 'https:') fail(`external link is ${url.protocol.replace(':', '')}, expected https`);
        else report.external.add(url.href.replace(/#.*$/, ''));
        continue;
      }
      report.internal++;
      const target = fileFor(root, url.pathname);
      if (!target) {
        fail(`no file for ${url.pathname}`);
        continue;
      }
      if (url.hash.length > 1) {
        report.fragments++;
        if (!target.endsWith('.html')) continue;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!anchorsOf(target).has(id)) fail(`no element with id "${id}" on ${url.pathname}`);
      }
    }
  }
  return report;
}

/** Asks every external URL's host (HEAD, then GET where HEAD is refused); returns the failures. */
export async function checkExternal(urls: Iterable<string>, timeoutMs = 15_000, parallel = 6): Promise<LinkProblem[]> {
  const queue = [...urls];
  const problems: LinkProblem[] = [];
  const one = async (link: string) => {
    for (const method of ['HEAD', 'GET'] as const) {
      try {
        const res = await fetch(link, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'smart-borders-link-check' } });
        if (res.ok) return;
        if (method === 'GET' || ![403, 405, 501].includes(res.status)) return void problems.push({ page: '(external)', link, problem: `HTTP ${res.status}` });
      } catch (e) {
        if (method === 'GET') return void problems.push({ page: '(external)', link, problem: (e as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let link = queue.shift(); link; link = queue.shift()) await one(link);
  }));
  return problems;
}
