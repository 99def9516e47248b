import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXED_DIRECTIVES, inlineScripts, inlineStyles, parsePolicy, policyFor, sha256Source, withPolicy } from '../../src/lib/publish/csp';
import {
  caddyConfig, conflictsAt, EMBED_FRAMING, formatHeadersFile, headerRules, headersFor, nginxConfig, PAGE_FRAMING, pageFolders, parseHeadersFile, pathMatches, SECURITY_HEADERS,
} from '../../src/lib/publish/headers';
import { anchorsIn, checkLinks, fileFor, linksIn } from '../../src/lib/publish/links';
import { PREVIEW_ORIGIN, resolveSite } from '../../src/lib/publish/site';

const b64 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

describe('csp', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>x</title><script>a()</script><script type="module">b()</script>`
    + `<script type="application/ld+json">{"x":1}</script><script src="/x.js"></script><script type=text/javascript>c()</script>`
    + `<style>p{color:red}</style><style media="print">é{}</style></head><body><script>a()</script></body></html>`;

  it('finds the inline scripts a browser runs (not data blocks, not external files) and every style', () => {
    expect(inlineScripts(page)).toEqual(['a()', 'b()', 'c()', 'a()']);
    expect(inlineStyles(page)).toEqual(['p{color:red}', 'é{}']);
    expect(inlineScripts('<script src=/a.js></script><script async src="/b.js"></script><script defer>d()</script>')).toEqual(['d()']);
  });

  it('hashes the exact UTF-8 text, as browsers do', () => {
    expect(sha256Source('é{}')).toBe(`'sha256-${b64('é{}')}'`);
    expect(sha256Source('a() ')).not.toBe(sha256Source('a()'));
  });

  it('lists each script and style once, after self, with the fixed directives', () => {
    const policy = parsePolicy(policyFor(page));
    expect(policy.get('script-src')).toEqual(["'self'", `'sha256-${b64('a()')}'`, `'sha256-${b64('b()')}'`, `'sha256-${b64('c()')}'`]);
    expect(policy.get('style-src')).toEqual(["'self'", `'sha256-${b64('p{color:red}')}'`, `'sha256-${b64('é{}')}'`]);
    for (const [name, value] of FIXED_DIRECTIVES) expect(policy.get(name)).toEqual(value.split(' '));
    expect([...policy.keys()][0]).toBe('default-src');
    expect(policyFor(page)).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*;.*script|frame-ancestors/);
  });

  it('puts the policy after the charset and before any script or style, replacing an older one', () => {
    const once = withPolicy(page);
    expect(once.indexOf('<meta charset="utf-8">')).toBeLessThan(once.indexOf('content-security-policy'));
    expect(once.indexOf('content-security-policy')).toBeLessThan(once.indexOf('<script'));
    const twice = withPolicy(once.replace('c()', 'changed()'));
    expect(twice.match(/content-security-policy/g)).toHaveLength(1);
    expect(twice).toContain(b64('changed()'));
    expect(twice).not.toContain(b64('c()'));
    expect(withPolicy('<html><head><script>x</script></head></html>')).toMatch(/^<html><head><meta http-equiv="content-security-policy"/);
  });

  it('refuses a page without <head>, naming it', () => {
    expect(() => withPolicy('<p>fragment</p>', 'embed/x/index.html')).toThrow(
      'embed/x/index.html: received a page without <head>; expected one to carry the Content-Security-Policy',
    );
  });
});

describe('headers', () => {
  const rules = headerRules(['charts', 'charts', 'embed', 'data', 'teach']);

  it('matches paths as Netlify and Cloudflare do', () => {
    expect(pathMatches('/*', '/anything/at/all')).toBe(true);
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/', '/charts/')).toBe(false);
    expect(pathMatches('/embed/*', '/embed/')).toBe(true);
    expect(pathMatches('/embed/*', '/embedded/')).toBe(false);
    expect(pathMatches('/a.b', '/aXb')).toBe(false);
    expect(pathMatches('/data/:id/x', '/data/deaths/x')).toBe(true);
    expect(pathMatches('/data/:id/x', '/data/a/b/x')).toBe(false);
  });

  it('combines every matching rule, joining a repeated header with a comma (two policies)', () => {
    const r = parseHeadersFile('/*\n  A: 1\n  X-Test: one\n/embed/*\n  X-Test: two\n');
    expect([...headersFor(r, '/embed/a/')]).toEqual([['a', '1'], ['x-test', 'one, two']]);
    expect(conflictsAt(r, '/embed/a/')).toEqual(['x-test']);
    expect(conflictsAt(r, '/story/')).toEqual([]);
  });

  it('frames: pages none, embeds any https host; one rule per folder; security headers everywhere', () => {
    expect(rules.filter((r) => r.path === '/charts/*')).toHaveLength(1);
    for (const path of ['/', '/index.html', '/charts/deaths/', '/teach/key/', '/data/', '/404.html']) {
      expect(headersFor(rules, path).get('content-security-policy'), path).toBe(PAGE_FRAMING[0]![1]);
      expect(headersFor(rules, path).get('x-frame-options'), path).toBe('DENY');
      expect(conflictsAt(rules, path), path).toEqual([]);
    }
    expect(headersFor(rules, '/embed/deaths/').get('content-security-policy')).toBe(EMBED_FRAMING[0]![1]);
    expect(headersFor(rules, '/embed/deaths/').has('x-frame-options')).toBe(false);
    for (const path of ['/', '/embed/deaths/', '/_astro/a.js', '/nowhere']) {
      const h = headersFor(rules, path);
      for (const [name, value] of SECURITY_HEADERS) expect(h.get(name.toLowerCase()), path).toBe(value);
    }
    expect(headersFor(rules, '/data/deaths.csv').get('access-control-allow-origin')).toBe('*');
    expect(headersFor(rules, '/charts/deaths/').has('access-control-allow-origin')).toBe(false);
    expect(headerRules(['charts']).some((r) => r.path === '/embed/*')).toBe(false);
  });

  it('the Spanish edition: its pages refuse frames, its embeds accept them, and no path gets a header twice', () => {
    const folders = pageFolders(['index.html', '404.html', 'charts/deaths/index.html', 'embed/deaths/index.html', 'data/index.html', 'es/index.html', 'es/charts/deaths/index.html', 'es/embed/deaths/index.html', 'es\\embed\\deaths\\static\\usbp\\index.html']);
    expect(folders).toEqual(['charts', 'data', 'embed', 'es', 'es/charts', 'es/embed']);
    const es = headerRules(folders);
    expect(es.some((r) => r.path === '/es/*')).toBe(false);
    for (const path of ['/es/', '/es/index.html', '/es/charts/deaths/', '/es/404.html', '/charts/deaths/', '/']) {
      expect(headersFor(es, path).get('content-security-policy'), path).toBe(PAGE_FRAMING[0]![1]);
      expect(headersFor(es, path).get('x-frame-options'), path).toBe('DENY');
    }
    for (const path of ['/es/embed/deaths/', '/es/embed/deaths/static/usbp/', '/embed/deaths/']) {
      expect(headersFor(es, path).get('content-security-policy'), path).toBe(EMBED_FRAMING[0]![1]);
      expect(headersFor(es, path).has('x-frame-options'), path).toBe(false);
    }
    for (const path of ['/es/', '/es/index.html', '/es/charts/deaths/', '/es/embed/deaths/', '/es/embed/deaths/static/usbp/', '/es/nowhere', '/embed/x/']) expect(conflictsAt(es, path), path).toEqual([]);
    // A folder called "embed" inside an ordinary folder is not an embed.
    expect(headersFor(headerRules(['charts', 'charts/embed']), '/charts/embed/x/').get('content-security-policy')).toBe(PAGE_FRAMING[0]![1]);
  });

  it('denies camera, microphone, geolocation and the rest; keeps the clipboard for Copy', () => {
    const policy = new Map(SECURITY_HEADERS).get('Permissions-Policy')!;
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) expect(policy.split(', ')).toContain(`${f}=()`);
    expect(policy.split(', ')).toContain('clipboard-write=(self)');
  });

  it('writes a file that reads back as the same rules', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules.map((r) => ({ path: r.path, headers: r.headers.map(([k, v]) => [k, v]) })));
  });

  it('refuses a malformed line with its line number', () => {
    expect(() => parseHeadersFile('  X-Orphan: 1\n', 'h')).toThrow('h:1: received "  X-Orphan: 1"; expected "  Name: value" under a path');
    expect(() => parseHeadersFile('/*\n  no colon here\n', 'h')).toThrow('h:2: received "  no colon here"; expected "  Name: value" under a path');
    expect(() => parseHeadersFile('embed/*\n', 'h')).toThrow('h:1: received "embed/*"; expected a path starting with /');
  });

  it('nginx: every location repeats every header its paths get (add_header does not inherit)', () => {
    const conf = nginxConfig(rules);
    const blocks = conf.split('location ').slice(1);
    expect(blocks.map((b) => b.slice(0, b.indexOf(' {')))).toEqual(['= /', '= /index.html', '= /404.html', '^~ /charts/', '^~ /data/', '^~ /teach/', '^~ /embed/', '^~ /oembed/', '^~ /_astro/', '/']);
    for (const block of blocks) {
      for (const [name] of SECURITY_HEADERS) expect(block).toContain(`add_header ${name} `);
    }
    const embed = blocks.find((b) => b.startsWith('^~ /embed/'))!;
    expect(embed).toContain(`add_header Content-Security-Policy "${EMBED_FRAMING[0]![1]}" always;`);
    expect(embed).not.toContain('X-Frame-Options');
    expect(blocks.at(-1)).not.toContain('frame-ancestors');
  });

  it('Caddy: one header line per rule and header, with the same paths', () => {
    const conf = caddyConfig(rules);
    expect(conf).toContain(`header /embed/* Content-Security-Policy "${EMBED_FRAMING[0]![1]}"`);
    expect(conf).toContain(`header / Content-Security-Policy "frame-ancestors 'none'"`);
    expect(conf.match(/^header /gm)).toHaveLength(rules.reduce((n, r) => n + r.headers.length, 0));
  });
});

describe('site origin', () => {
  it('without SITE_URL: the local preview, and the build says so', () => {
    for (const v of [undefined, '', '  ']) {
      const s = resolveSite(v);
      expect(s).toMatchObject({ site: `${PREVIEW_ORIGIN}/`, fromEnv: false });
      expect(s.message).toContain('SITE_URL is not set');
    }
  });
  it('takes an https origin (http only on loopback), normalised with one slash', () => {
    expect(resolveSite('https://news.example.net').site).toBe('https://news.example.net/');
    expect(resolveSite('https://News.Example.net/').site).toBe('https://news.example.net/');
    expect(resolveSite('http://127.0.0.1:8080').site).toBe('http://127.0.0.1:8080/');
    expect(resolveSite('https://a.b').fromEnv).toBe(true);
  });
  it('refuses what it cannot publish to, saying what it received and expected', () => {
    expect(() => resolveSite('news.example.net')).toThrow('SITE_URL: received "news.example.net"; expected an absolute URL such as https://example.org');
    expect(() => resolveSite('http://news.example.net')).toThrow('expected an https:// origin (http:// only for localhost)');
    expect(() => resolveSite('ftp://news.example.net')).toThrow('expected an https:// origin');
    expect(() => resolveSite('https://news.example.net/smart-borders/')).toThrow('not /smart-borders/');
    expect(() => resolveSite('https://u:p@news.example.net')).toThrow('without credentials, query or fragment');
    expect(() => resolveSite('https://news.example.net/?x=1')).toThrow('without credentials, query or fragment');
  });
});

describe('links', () => {
  it('reads href, src, srcset, island and props URLs, and url() in styles (not data: URIs), decoding entities', () => {
    const html = `<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x"><astro-island component-url="/_astro/c.js" renderer-url="/_astro/r.js" data-props-src="/_astro/props/p.json"></astro-island>`
      + `<style>@font-face{src:url(/f.woff2) format("woff2"),url('data:font/woff2;base64,AA')}</style><noscript><img src="/images/steps/s.svg"></noscript>`;
    expect(linksIn(html)).toEqual(['/a/?x=1&y=2', '/i.png', '/i1.png', '/i2.png', '/_astro/c.js', '/_astro/r.js', '/_astro/props/p.json', '/images/steps/s.svg', '/f.woff2']);
    expect([...anchorsIn('<h2 id="a&amp;b">x</h2><a name="old"></a>')]).toEqual(['a&b', 'old']);
  });

  it('checks a small build: missing files, missing fragments, http links and bad escapes are each reported', () => {
    const root = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(root, 'charts/deaths'), { recursive: true });
    writeFileSync(join(root, 'style.css'), '');
    writeFileSync(join(root, 'charts/deaths/index.html'), '<h1 id="top">t</h1>');
    writeFileSync(
      join(root, 'index.html'),
      '<link rel="canonical" href="https://site.test/"><a href="#here" id="here">ok</a><a href="/charts/deaths/#top">ok</a><a href="charts/deaths/">ok</a>'
        + '<a href="https://site.test/style.css">ok</a><a href="https://other.test/page">ok</a><a href="mailto:a@b.c">ok</a>'
        + '<a href="/charts/gone/">bad</a><a href="/charts/deaths/#nowhere">bad</a><a href="http://insecure.test/">bad</a><a href="/%E0%A4%A">bad</a><a href="/../../etc/passwd">bad</a>',
    );
    const r = checkLinks(root, 'https://site.test');
    expect(r.problems).toEqual([
      { page: '/index.html', link: '/charts/gone/', problem: 'no file for /charts/gone/' },
      { page: '/index.html', link: '/charts/deaths/#nowhere', problem: 'no element with id "nowhere" on /charts/deaths/' },
      { page: '/index.html', link: 'http://insecure.test/', problem: 'external link is http, expected https' },
      { page: '/index.html', link: '/%E0%A4%A', problem: 'no file for /%E0%A4%A' },
      { page: '/index.html', link: '/../../etc/passwd', problem: 'no file for /etc/passwd' },
    ]);
    expect(r).toMatchObject({ pages: 2, internal: 9, fragments: 3 });
    expect([...r.external]).toEqual(['https://other.test/page']);
    expect(fileFor(root, '/charts/deaths/')).toBe(join(root, 'charts/deaths/index.html'));
    expect(fileFor(root, '/charts/deaths')).toBe(join(root, 'charts/deaths/index.html'));
    expect(fileFor(root, '/%zz')).toBeUndefined();
  });
});
