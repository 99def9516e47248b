/**
 * The build's _headers file read as Netlify and Cloudflare Pages read it (every matching rule
 * applies), for every page and a sample of assets: what each path receives, not what the file
 * says. The browser tests run under the same file (scripts/serve-static.ts applies it).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conflictsAt, headersFor, parseHeadersFile } from '../../src/lib/publish/headers';
import { DIST, distFiles, distPages } from './dist';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'), 'dist/_headers');
const pages = distPages();
const assets = distFiles()
  .filter((f) => !f.endsWith('.html'))
  .map((f) => f.slice(DIST.length).split('\\').join('/'));

const SECURITY = {
  'strict-transport-security': /^max-age=\d{8,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'permissions-policy': /^(?=.*(^|, )camera=\(\)(,|$))(?=.*(^|, )microphone=\(\)(,|$))(?=.*(^|, )geolocation=\(\)(,|$))(?=.*(^|, )payment=\(\)(,|$))/,
};

describe('dist/_headers, as a host applies it', () => {
  it('no path receives a header from two rules (hosts combine those differently)', () => {
    for (const path of [...pages.map((p) => p.path), ...assets, '/no-such-page']) expect(conflictsAt(rules, path), path).toEqual([]);
  });

  it('every response carries the security headers', () => {
    for (const path of [...pages.map((p) => p.path), ...assets.filter((_, i) => i % 25 === 0), '/no-such-page']) {
      const h = headersFor(rules, path);
      for (const [name, value] of Object.entries(SECURITY)) expect(h.get(name), `${path} ${name}`).toMatch(value);
    }
  });

  it('the site\'s pages refuse every frame; the embeds accept any https host (and loopback previews)', () => {
    // Both editions' embeds: /embed/ and /es/embed/.
    const isEmbed = (path: string) => /^(\/es)?\/embed\//.test(path);
    const embeds = pages.filter((p) => isEmbed(p.path));
    const others = pages.filter((p) => !isEmbed(p.path));
    expect(embeds.filter((p) => p.path.startsWith('/es/')).length).toBe(embeds.length / 2);
    expect(embeds.length).toBeGreaterThanOrEqual(14);
    for (const p of others) {
      const h = headersFor(rules, p.path);
      expect(h.get('content-security-policy'), p.path).toBe("frame-ancestors 'none'");
      expect(h.get('x-frame-options'), p.path).toBe('DENY');
    }
    for (const p of embeds) {
      const h = headersFor(rules, p.path);
      expect(h.get('content-security-policy'), p.path).toBe('frame-ancestors https: http://localhost:* http://127.0.0.1:*');
      expect(h.has('x-frame-options'), p.path).toBe(false);
    }
    // The address readers use for the story, as well as its file.
    expect(headersFor(rules, '/').get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(headersFor(rules, '/es/').get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('hashed assets are cached for good; datasets and oEmbed answers may be read from other sites', () => {
    const chunk = assets.find((a) => a.startsWith('/_astro/') && a.endsWith('.js'))!;
    expect(headersFor(rules, chunk).get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/index.html').has('cache-control')).toBe(false);
    const open = assets.filter((x) => /^\/(data|oembed|es\/oembed)\/.*\.(csv|json)$/.test(x));
    // The Spanish edition's oEmbed files too (/es/oembed/<id>.json, one per chart).
    expect(open.filter((x) => x.startsWith('/es/oembed/')).length).toBe(7);
    for (const a of open) expect(headersFor(rules, a).get('access-control-allow-origin'), a).toBe('*');
    expect(headersFor(rules, '/').has('access-control-allow-origin')).toBe(false);
  });
});
