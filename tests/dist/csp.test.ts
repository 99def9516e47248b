/**
 * The build's Content-Security-Policy, read back from dist/: every page carries a strict policy
 * ahead of its first script or style, and that policy lists the SHA-256 of every inline script
 * and style the page holds. Hashes are recomputed here from a real HTML parser's reading of the
 * page (cheerio), not from the regular expressions the build used.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { distPages, DIST } from './dist';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const pages = distPages();

function policyOf(html: string) {
  const $ = load(html);
  const metas = $('meta[http-equiv="content-security-policy" i]');
  const policy = new Map<string, string[]>();
  for (const part of (metas.attr('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return { $, metas, policy };
}

describe(`the Content-Security-Policy of the ${pages.length} pages in ${DIST}`, () => {
  it('covers every page the build wrote', () => expect(pages.length).toBeGreaterThanOrEqual(52));

  for (const page of pages) {
    it(`${page.path}: a strict policy that lists every inline script and style`, () => {
      const html = readFileSync(page.file, 'utf8');
      const { $, metas, policy } = policyOf(html);
      expect(metas.length).toBe(1);
      // Ahead of every script and style in document order, inside <head>.
      const first = $('head').children().toArray().findIndex((e) => ['script', 'style'].includes(e.tagName));
      const at = $('head').children().toArray().indexOf(metas[0]!);
      expect(at).toBeGreaterThanOrEqual(0);
      if (first >= 0) expect(at).toBeLessThan(first);
      expect(html.indexOf('<meta charset')).toBeLessThan(1024 - 30);

      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc).not.toContain('*');
      expect(scriptSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('img-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      expect(policy.get('style-src')?.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
      expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
      // A <meta> policy cannot carry these (browsers ignore them and say so in the console).
      for (const d of ['frame-ancestors', 'report-uri', 'sandbox']) expect(policy.has(d)).toBe(false);

      const scripts = $('script:not([src])').toArray().filter((s) => ['', 'module', 'text/javascript'].includes(($(s).attr('type') ?? '').trim()));
      for (const s of scripts) expect(scriptSrc).toContain(sha($(s).text()));
      for (const s of $('style').toArray()) expect(policy.get('style-src')).toContain(sha($(s).text()));
      // Nothing the policy would have to allow with 'unsafe-inline': no handler attributes, no javascript: URLs.
      const attributes = $('*').toArray().flatMap((e) => ('attribs' in e ? Object.entries(e.attribs) : []));
      expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
      expect(attributes.filter(([, value]) => /^\s*javascript:/i.test(value))).toEqual([]);
    });
  }

  it('every page but the static embeds has inline scripts to hash (the layout\'s at least); the static embeds have none', () => {
    const count = (file: string) => {
      const { $ } = policyOf(readFileSync(file, 'utf8'));
      return $('script').length;
    };
    const statics = pages.filter((p) => /^(\/es)?\/embed\/[^/]+\/static\//.test(p.path));
    expect(statics.length).toBeGreaterThanOrEqual(7);
    for (const p of statics) expect(count(p.file), p.path).toBe(0);
    const counts = pages.filter((p) => !statics.includes(p)).map((p) => {
      const { $ } = policyOf(readFileSync(p.file, 'utf8'));
      return $('script:not([src])').toArray().filter((s) => !$(s).attr('type')).length;
    });
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
  });
});
