/**
 * Response headers for static hosts: what a page's `<meta>` policy cannot carry.
 *
 * One set of rules, written three ways: `_headers` (Netlify, Cloudflare Pages; the build writes
 * it into dist/), and nginx and Caddy configurations (`npm run headers -- nginx|caddy`). Hosts
 * combine rules differently: Netlify and Cloudflare apply every rule whose path matches (the
 * same header from two rules is joined with a comma, which for Content-Security-Policy means
 * two policies, both enforced); nginx applies only the innermost location's `add_header` lines.
 * So no header is ever set by two rules that can match the same path, and the nginx form
 * repeats every header in every location.
 *
 * Framing: the site's pages refuse every frame (`frame-ancestors 'none'`); `/embed/*` (and each
 * edition's, `/es/embed/*`) may be framed by any https page, and by loopback http so a newsroom can preview an embed in a local
 * CMS (and the test suite can prove the rule with a host page on another port).
 */

import { DEFAULT_LANG, EDITIONS } from '../i18n/editions.ts';

export type Header = readonly [name: string, value: string];
export interface HeaderRule {
  /** Netlify/Cloudflare path pattern: exact, or ending in `*` (any rest of the path). */
  path: string;
  headers: Header[];
}

/** Browser features the site never uses, all denied (clipboard-write stays for "Copy"). */
export const DENIED_FEATURES = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media', 'gamepad', 'geolocation',
  'gyroscope', 'hid', 'idle-detection', 'local-fonts', 'magnetometer', 'microphone', 'midi', 'payment',
  'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking', 'browsing-topics',
] as const;

export const SECURITY_HEADERS: Header[] = [
  // One year, this host only: includeSubDomains and preload are decisions for the domain's owner.
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', [...DENIED_FEATURES.map((f) => `${f}=()`), 'clipboard-write=(self)'].join(', ')],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export const PAGE_FRAMING: Header[] = [
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
];

/** Datasets and oEmbed answers may be read by other sites' scripts, as open data is. */
export const CORS: Header = ['Access-Control-Allow-Origin', '*'];

export const EMBED_FRAMING: Header[] = [['Content-Security-Policy', 'frame-ancestors https: http://localhost:* http://127.0.0.1:*']];

/** The folders of the site's other editions (`/es/`): their pages mirror the site's folders. */
const EDITION_FOLDERS: readonly string[] = EDITIONS.filter((l) => l !== DEFAULT_LANG);

/**
 * The folders `headerRules` takes, from the build's pages (paths relative to dist/, `/` or `\\`
 * separated): each top-level folder, and inside an edition's folder (`es`) the edition itself
 * and each of its folders (`es/charts`, `es/embed`).
 */
export function pageFolders(pages: readonly string[]): string[] {
  const out = new Set<string>();
  for (const page of pages) {
    const parts = page.split(/[\\/]/);
    if (parts.length < 2) continue;
    out.add(parts[0]!);
    if (EDITION_FOLDERS.includes(parts[0]!) && parts.length > 2) out.add(`${parts[0]}/${parts[1]}`);
  }
  return [...out].sort();
}

/** A folder's rules by what it holds: embeds may be framed; the data folder may be read from anywhere. */
const folderRule = (folder: string): HeaderRule => {
  const last = folder.split('/').at(-1);
  return { path: `/${folder}/*`, headers: last === 'embed' ? EMBED_FRAMING : last === 'data' ? [...PAGE_FRAMING, CORS] : PAGE_FRAMING };
};

/**
 * The rules for a build whose pages live at `/` and under the given folders (`pageFolders`):
 * `embed` gets the embed framing, every other folder the page framing. An edition's folder
 * (`es`) is not one rule, since `/es/*` would frame-protect `/es/embed/` twice over: its
 * story (`/es/`, `/es/index.html`) and 404 page get exact rules, and each of its folders
 * (`es/charts`, `es/embed`) a rule like the site's own folder of that name.
 */
export function headerRules(folders: readonly string[]): HeaderRule[] {
  const unique = [...new Set(folders)].sort();
  const editions = unique.filter((f) => EDITION_FOLDERS.includes(f));
  const pages = unique.filter((f) => f !== 'embed' && !f.endsWith('/embed') && !editions.includes(f));
  const embeds = unique.filter((f) => f === 'embed' || (f.endsWith('/embed') && editions.includes(f.split('/')[0]!)));
  return [
    { path: '/*', headers: SECURITY_HEADERS },
    { path: '/', headers: PAGE_FRAMING },
    { path: '/index.html', headers: PAGE_FRAMING },
    { path: '/404.html', headers: PAGE_FRAMING },
    ...editions.flatMap((l) => [`/${l}/`, `/${l}/index.html`, `/${l}/404.html`].map((path) => ({ path, headers: PAGE_FRAMING }))),
    ...pages.map(folderRule),
    ...embeds.map(folderRule),
    { path: '/oembed/*', headers: [CORS] },
    // An edition's oEmbed files (/es/oembed/), written by the images step beside its embeds.
    ...editions.filter((l) => unique.includes(`${l}/embed`)).map((l) => ({ path: `/${l}/oembed/*`, headers: [CORS] })),
    // Content-hashed file names: a new build writes new names, so these never go stale.
    { path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ];
}

/** The `_headers` file. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const head = [
    '# Response headers for Netlify and Cloudflare Pages, written by the build (src/lib/publish/headers.ts).',
    '# Every rule whose path matches applies; no header is set by two rules that match the same path.',
  ];
  return [...head, ...rules.flatMap((r) => ['', r.path, ...r.headers.map(([k, v]) => `  ${k}: ${v}`)])].join('\n') + '\n';
}

/** Reads a `_headers` file; a line that is neither a path, a header, a comment nor blank is refused. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${file}:${i + 1}: received ${JSON.stringify(line)}; expected a path starting with /`);
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`${file}:${i + 1}: received ${JSON.stringify(line)}; expected "  Name: value" under a path`);
    rule.headers.push([m[1]!, m[2]!.trim()]);
  });
  return rules;
}

/** Whether a Netlify/Cloudflare path pattern matches a request path. */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a request for `path` receives, as Netlify and Cloudflare Pages combine them:
 * every matching rule applies; a header two rules set is joined with ", ". Names lower-cased.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}

/** Header names set by more than one rule matching `path` (must be none: hosts differ there). */
export function conflictsAt(rules: readonly HeaderRule[], path: string): string[] {
  const seen = new Map<string, number>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name] of rule.headers) seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}

/** A request path that each rule's pattern stands for (a `*` becomes the empty rest). */
const example = (pattern: string) => pattern.replace(/\*$/, '');

/**
 * nginx: `add_header` in a location replaces every `add_header` of the server, so each location
 * lists the full set its paths receive. `always` sends them on error pages too.
 */
export function nginxConfig(rules: readonly HeaderRule[]): string {
  const lines = ['# Inside your server { } block; root points at dist/.', 'error_page 404 /404.html;'];
  const block = (match: string, path: string) => [
    `location ${match} {`,
    ...[...headersFor(rules, path)].map(([k, v]) => `  add_header ${canonicalName(rules, k)} "${v.replace(/"/g, '\\"')}" always;`),
    '  try_files $uri $uri/ =404;',
    '}',
  ];
  for (const rule of rules) {
    if (rule.path === '/*') continue;
    lines.push(...block(rule.path.endsWith('*') ? `^~ ${example(rule.path)}` : `= ${rule.path}`, example(rule.path)));
  }
  lines.push(...block('/', '/not-a-listed-path'));
  return lines.join('\n') + '\n';
}

/** Caddy: every matching `header` directive applies, as on Netlify and Cloudflare. */
export function caddyConfig(rules: readonly HeaderRule[]): string {
  const lines = ['# Inside your site block; root * points at dist/.', 'file_server', 'handle_errors {', '  rewrite * /404.html', '  file_server', '}'];
  for (const rule of rules) {
    for (const [k, v] of rule.headers) lines.push(`header ${rule.path} ${k} "${v.replace(/"/g, '\\"')}"`);
  }
  return lines.join('\n') + '\n';
}

function canonicalName(rules: readonly HeaderRule[], lower: string): string {
  for (const r of rules) for (const [k] of r.headers) if (k.toLowerCase() === lower) return k;
  return lower;
}
